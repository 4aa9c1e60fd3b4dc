package org.ratenet.spiking.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class SpikeTrainsTest {

    /** Spikes of neurons 3–5 in steps [100, 300) at dt 0.1 ms (20 ms): each spike there is 50 Hz; others do not count. */
    @Test
    void neuronRatesCountOnlyTheRangeAndTheWindow() {
        SpikeTrains t = new SpikeTrains();
        t.add(50, 3);   // before the window
        t.add(100, 3);
        t.add(150, 4);
        t.add(160, 4);
        t.add(200, 6);  // outside the neuron range
        t.add(299, 5);
        t.add(300, 5);  // after the window
        assertArrayEquals(new double[] {50, 100, 50}, t.neuronRatesHz(3, 6, 100, 300, 0.1), 1e-12);
    }
}
