package org.ratenet.api.dynamics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;

import org.junit.jupiter.api.Test;
import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.units.Dimension;

class PopulationStateTest {

    @Test
    void declaredArraysAreTheModelsAndRoundTripBitForBit() throws Exception {
        PopulationState.Builder b = PopulationState.builder(3);
        double[] v = b.variable("V_m", Dimension.VOLTAGE);
        double[] w = b.variable("w", Dimension.CURRENT);
        int[] refractory = b.counter("refractory_steps");
        PopulationState state = b.build();
        assertSame(v, state.variable("V_m").values());
        assertEquals(Dimension.CURRENT, state.variable("w").unit());
        assertEquals(java.util.List.of("V_m", "w"), state.variableNames());
        v[1] = Math.PI;
        w[2] = -0.1;
        refractory[0] = 7;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        state.write(new DataOutputStream(bytes));
        double[] before = v.clone();
        v[1] = 0;
        w[2] = 0;
        refractory[0] = 0;
        state.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertArrayEquals(before, v);
        assertEquals(-0.1, w[2]);
        assertEquals(7, refractory[0]);
    }

    @Test
    void namesAreUniqueAndUnknownOnesAreNamed() {
        PopulationState.Builder b = PopulationState.builder(2);
        b.variable("V_m", Dimension.VOLTAGE);
        InvalidParameterException twice = assertThrows(InvalidParameterException.class, () -> b.counter("V_m"));
        assertTrue(twice.getMessage().contains("V_m"), twice.getMessage());
        InvalidParameterException unknown = assertThrows(InvalidParameterException.class, () -> b.build().variable("u"));
        assertTrue(unknown.getMessage().contains("one of [V_m]"), unknown.getMessage());
    }

    /** A part of 2 neurons from neuron 3 of a population of 6, and back: every variable and counter, nothing else. */
    @Test
    void aPartIsCopiedOutAndBackNeuronByNeuron() {
        PopulationState.Builder b = PopulationState.builder(6);
        double[] v = b.variable("V_m", Dimension.VOLTAGE);
        int[] refractory = b.counter("refractory_steps");
        PopulationState whole = b.build();
        PopulationState.Builder c = PopulationState.builder(2);
        double[] partV = c.variable("V_m", Dimension.VOLTAGE);
        int[] partRefractory = c.counter("refractory_steps");
        PopulationState part = c.build();
        for (int i = 0; i < 6; i++) {
            v[i] = i + 0.5;
            refractory[i] = 10 * i;
        }
        whole.copyTo(3, part, 0, 2);
        assertArrayEquals(new double[] {3.5, 4.5}, partV);
        assertArrayEquals(new int[] {30, 40}, partRefractory);
        partV[1] = -1;
        partRefractory[0] = 7;
        part.copyTo(0, whole, 3, 2);
        assertArrayEquals(new double[] {0.5, 1.5, 2.5, 3.5, -1, 5.5}, v);
        assertArrayEquals(new int[] {0, 10, 20, 7, -1 + 41, 50}, refractory);
    }

    @Test
    void aCopyNeedsTheSameDeclarationsAndRangesWithinBothStates() {
        PopulationState.Builder b = PopulationState.builder(4);
        b.variable("V_m", Dimension.VOLTAGE);
        PopulationState whole = b.build();
        PopulationState.Builder c = PopulationState.builder(2);
        c.variable("V", Dimension.VOLTAGE);
        PopulationState other = c.build();
        InvalidParameterException declared = assertThrows(InvalidParameterException.class, () -> whole.copyTo(0, other, 0, 2));
        assertTrue(declared.getMessage().contains("[V_m]") && declared.getMessage().contains("[V]"), declared.getMessage());
        PopulationState.Builder d = PopulationState.builder(2);
        d.variable("V_m", Dimension.VOLTAGE);
        PopulationState part = d.build();
        InvalidParameterException range = assertThrows(InvalidParameterException.class, () -> whole.copyTo(3, part, 0, 2));
        assertTrue(range.getMessage().contains("[3, 5)") && range.getMessage().contains("[0, 4)"), range.getMessage());
    }
}
