package org.ratenet.api.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Computed numbers in messages print as written, not with their accumulated rounding. */
class DisplayedNumbersTest {

    @Test
    void stepTimesPrintAsWritten() {
        assertEquals("0.7", Require.display(7 * 0.1));
        assertEquals("0.30000000000000004", Require.format(0.1 + 0.2)); // files keep every digit
        assertEquals("0.3", Require.display(0.1 + 0.2));
        assertEquals("12345.6789", Require.display(12345.6789));
        assertEquals("3", Require.display(3.0000000000000004));
        assertEquals("NaN", Require.display(Double.NaN));
    }

    @Test
    void aDivergenceSaysItsTimeAsWritten() {
        DivergenceException e = new DivergenceException(7 * 0.1, "E", 3, "V = NaN mV");
        assertTrue(e.getMessage().startsWith("diverged at t = 0.7 ms in population 'E' at neuron 3"), e.getMessage());
    }
}
