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
}
