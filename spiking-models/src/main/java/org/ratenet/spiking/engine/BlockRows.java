package org.ratenet.spiking.engine;

/**
 * Where one block's targets lie in the rows of one projection. Rows are sorted by target, so the block's part of the row
 * of local source j is the run [{@code starts[j · stride + column]}, {@code starts[j · stride + column + 1]}).
 * <ul>
 * <li>A block that holds every target of the projection (always, on one thread) reads the projection's own row offsets
 * (stride 1, column 0).</li>
 * <li>A block that holds none of them skips the projection ({@link #none}): with the populations of a network spread
 * over the blocks, a thread would otherwise look up an empty part of a row for every spike.</li>
 * <li>Only where the targets lie in several blocks is each row split, once, into a table shared by the blocks,
 * [j · (threads + 1) + t] (t = threads: the row's end), so that a block finds where its part begins and ends side by
 * side.</li>
 * </ul>
 * It also keeps no split table for a projection into a population that one block holds whole (COBA on 2 threads: E->I
 * and I->I; 2 % faster a step, benchmarks/README.md, eleventh round).
 */
final class BlockRows {

    private static final BlockRows NONE = new BlockRows(null, 0, 0);

    final int[] starts;
    final int stride;
    final int column;

    private BlockRows(int[] starts, int stride, int column) {
        this.starts = starts;
        this.stride = stride;
        this.column = column;
    }

    /** Whether the block holds none of the projection's targets. */
    boolean none() {
        return starts == null;
    }

    /** Each block's part of projection p's rows, for the blocks [blockStart[t], blockStart[t + 1]) of neurons. */
    static BlockRows[] of(Projection p, int[] blockStart) {
        int blocks = blockStart.length - 1;
        int[] rowStart = p.rowStart();
        int sources = rowStart.length - 1;
        int lowest = Integer.MAX_VALUE;
        int highest = Integer.MIN_VALUE;
        for (int j = 0; j < sources; j++) { // rows are sorted: a row's first and last targets bound it
            if (rowStart[j] < rowStart[j + 1]) {
                lowest = Math.min(lowest, p.targets().get(rowStart[j]));
                highest = Math.max(highest, p.targets().get(rowStart[j + 1] - 1));
            }
        }
        BlockRows[] parts = new BlockRows[blocks];
        int[] split = null;
        for (int t = 0; t < blocks; t++) {
            if (highest < blockStart[t] || lowest >= blockStart[t + 1]) {
                parts[t] = NONE;
            } else if (lowest >= blockStart[t] && highest < blockStart[t + 1]) {
                parts[t] = new BlockRows(rowStart, 1, 0);
            } else {
                if (split == null) {
                    split = split(p, blockStart);
                }
                parts[t] = new BlockRows(split, blocks + 1, t);
            }
        }
        return parts;
    }

    /** Every row's split between the blocks: [j · (blocks + 1) + t], where block t's part of source j's row begins. */
    private static int[] split(Projection p, int[] blockStart) {
        int blocks = blockStart.length - 1;
        int[] rowStart = p.rowStart();
        int sources = rowStart.length - 1;
        int[] split = new int[(blocks + 1) * sources];
        for (int j = 0; j < sources; j++) {
            int from = rowStart[j];
            int to = rowStart[j + 1];
            for (int t = 0; t <= blocks; t++) {
                split[j * (blocks + 1) + t] = t == blocks ? to : p.targets().lowerBound(from, to, blockStart[t]);
            }
        }
        return split;
    }
}
