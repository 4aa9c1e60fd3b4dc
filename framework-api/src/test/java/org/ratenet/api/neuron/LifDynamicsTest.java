package org.ratenet.api.neuron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

class LifDynamicsTest {

    @Test
    void theInlineExponentialAgreesWithMathExpToARelative1e13() {
        qt().forAll(doubles().between(0, LifDynamics.SMALL)).checkAssert(x -> {
            double exact = Math.exp(-x);
            double inline = LifDynamics.expMinusSmall(x);
            assertTrue(Math.abs(inline - exact) <= 1e-13 * exact, () -> "x = " + x + ": " + inline + " vs " + exact);
        });
        assertEquals(1.0, LifDynamics.expMinusSmall(0));
    }
}
