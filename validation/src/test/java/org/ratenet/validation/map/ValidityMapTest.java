package org.ratenet.validation.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.validation.CaseOutcome;

class ValidityMapTest {

    @Test
    void axesParseRangesListsAndUnits() {
        ValidityMap.Axis g = ValidityMap.Axis.parse("g", "3:8:0.5");
        assertEquals(11, g.values().length);
        assertEquals(8, g.values()[10], 1e-12);
        ValidityMap.Axis j = ValidityMap.Axis.parse("J", "0.1,0.5,1 mV");
        assertArrayEquals(new double[] {0.1, 0.5, 1}, j.values());
        assertEquals("0.5 mV", j.quantity(0.5));
        assertEquals("J (mV)", j.title());
        for (String bad : new String[] {"3:8", "a,b", "8:3:1", "1:2:0", "1:2:-1", ""}) {
            InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> ValidityMap.Axis.parse("g", bad), bad);
            assertEquals("g", e.parameter());
        }
    }

    /** A synthetic comparison whose discrepancy is x·y: agreement where x·y <= 1, n/a where it throws. */
    @Test
    void theSweepVisitsEveryPointAndTabulatesAgreement() throws IOException {
        ValidityMap.Axis x = ValidityMap.Axis.parse("x", "0.5,1,2");
        ValidityMap.Axis y = ValidityMap.Axis.parse("y", "0.5,1.5");
        List<String> progress = new ArrayList<>();
        ValidityMap map = ValidityMap.sweep("a ↔ b", x, y, (vx, vy) -> {
            if (vx == 2 && vy == 1.5) {
                throw new IllegalStateException("no fixed point");
            }
            return CaseOutcome.of(vx * vy <= 1, vx * vy, "x·y = " + vx * vy);
        }, progress::add);
        assertEquals(6, map.points().size());
        assertEquals(6, progress.size());
        assertEquals(2, map.points().get(2).x()); // row by row: y outer, x inner
        assertEquals(0.5, map.points().get(2).y());
        assertEquals(4.0 / 5, map.agreement(), 1e-12); // (0.25, 0.5, 1, 0.75) agree, 1.5 does not, one n/a
        String table = map.table();
        assertTrue(table.contains("| y \\ x | 0.5 | 1 | 2 |"), table);
        assertTrue(table.contains("**1.50**") && table.contains("n/a"), table);
        assertTrue(map.csv().lines().count() == 7, map.csv());
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ValidityMapPlot.write(map, png);
        byte[] bytes = png.toByteArray();
        assertTrue(bytes.length > 1000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G');
    }
}
