package org.ratenet.spiking.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A block's part of each row is exactly the row's targets within the block: none for a block that holds no target, the
 * projection's own row offsets for a block that holds them all, a shared split table otherwise.
 */
class BlockRowsTest {

    /** Three sources into neurons [100, 200): rows {100, 150, 199}, {}, {120, 180}. */
    private static Projection projection() {
        int[] rowStart = {0, 3, 3, 5};
        int[] targets = {100, 150, 199, 120, 180};
        return new Projection("P", 0, rowStart, Targets.wide(targets), 1f, null, 1, null, 0);
    }

    @Test
    void aBlockWithoutTargetsSkipsTheProjectionAndOneWithAllReadsItsRows() {
        Projection p = projection();
        BlockRows[] parts = BlockRows.of(p, new int[] {0, 100, 200, 300});
        assertTrue(parts[0].none());
        assertTrue(parts[2].none());
        assertFalse(parts[1].none());
        assertSame(p.rowStart(), parts[1].starts);
        assertEquals(1, parts[1].stride);
        assertEquals(0, parts[1].column);
    }

    @Test
    void blocksThatShareTheTargetsSplitEveryRowAtTheirBoundary() {
        BlockRows[] parts = BlockRows.of(projection(), new int[] {0, 150, 200});
        assertSame(parts[0].starts, parts[1].starts);
        // block 0 holds 100 and 120, block 1 holds 150, 199 and 180
        int[][] expected = {{0, 1}, {3, 3}, {3, 4}};
        int[][] expectedSecond = {{1, 3}, {3, 3}, {4, 5}};
        for (int j = 0; j < 3; j++) {
            assertEquals(expected[j][0], parts[0].starts[j * parts[0].stride + parts[0].column], "source " + j);
            assertEquals(expected[j][1], parts[0].starts[j * parts[0].stride + parts[0].column + 1], "source " + j);
            assertEquals(expectedSecond[j][0], parts[1].starts[j * parts[1].stride + parts[1].column], "source " + j);
            assertEquals(expectedSecond[j][1], parts[1].starts[j * parts[1].stride + parts[1].column + 1], "source " + j);
        }
    }

    @Test
    void aProjectionWithoutSynapsesIsSkippedByEveryBlock() {
        Projection empty = new Projection("P", 0, new int[] {0, 0}, Targets.wide(new int[0]), 1f, null, 1, null, 0);
        for (BlockRows part : BlockRows.of(empty, new int[] {0, 10, 20})) {
            assertTrue(part.none());
            assertNull(part.starts);
        }
    }
}
