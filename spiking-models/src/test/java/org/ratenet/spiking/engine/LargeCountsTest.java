package org.ratenet.spiking.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.spec.SimulationSpec;

/** Products of neurons and steps beyond 2³¹ (long runs, large networks) and step counts beyond int: never a wrong number. */
class LargeCountsTest {

    @Test
    void ratesStayRightWhenNeuronsTimesStepsPassesTwoToTheThirtyOne() {
        SpikeTrains trains = new SpikeTrains();
        int neurons = 300_000;
        int steps = 10_000; // 1 s at 0.1 ms: 3e9 neuron-steps
        for (int i = 0; i < neurons; i += 10) {
            trains.add(5_000, i); // one spike for every tenth neuron: 0.1 Hz mean
        }
        SpikeStatistics s = SpikeStatistics.of(trains, 0, neurons, 0, steps, 0.1);
        assertEquals(0.1, s.rateHz(), 1e-12);
        double[] perNeuron = trains.neuronRatesHz(0, neurons, 0, steps, 0.1);
        assertEquals(1.0, perNeuron[0], 1e-12);
    }

    @Test
    void aRunLongerThanTheStepLimitIsRefusedNotWrapped() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> new SimulationSpec(429496929.6, 0.1, 0, 1));
        assertTrue(e.getMessage().startsWith("duration = "), e.getMessage());
        assertTrue(e.getMessage().contains("<= " + SimulationSpec.MAX_STEPS + " steps"), e.getMessage());
        assertEquals(SimulationSpec.MAX_STEPS, new SimulationSpec(SimulationSpec.MAX_STEPS * 0.1, 0.1, 0, 1).steps());
    }
}
