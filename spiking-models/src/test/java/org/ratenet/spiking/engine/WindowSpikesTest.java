package org.ratenet.spiking.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A block's spike list gives each population's spikes of a step as one run, which delivery reads instead of testing
 * each spike: the runs of three populations (the middle one silent, or not updated by the block) over a window longer
 * than the one step the list has room for at first, so that it grows seven times.
 */
class WindowSpikesTest {

    @Test
    void eachPopulationsSpikesOfAStepAreOneRun() {
        WindowSpikes spikes = new WindowSpikes(3, 1);
        int steps = 100;
        for (int s = 0; s < steps; s++) {
            spikes.startStep();
            spikes.startPopulation(0); // population 0: neurons 0..9, s % 3 spikes
            for (int k = 0; k < s % 3; k++) {
                spikes.add(k);
            }
            spikes.startPopulation(1); // population 1: neurons 10..19, silent
            spikes.startPopulation(2); // population 2: neurons 20..29, s % 2 spikes
            for (int k = 0; k < s % 2; k++) {
                spikes.add(20 + k);
            }
        }
        int start = 0;
        for (int s = 0; s < steps; s++) {
            assertEquals(start, spikes.stepStart(s));
            assertEquals(start, spikes.populationStart(s, 0), "step " + s);
            assertEquals(start + s % 3, spikes.populationEnd(s, 0), "step " + s);
            assertEquals(start + s % 3, spikes.populationStart(s, 1), "step " + s);
            assertEquals(start + s % 3, spikes.populationEnd(s, 1), "step " + s);
            assertEquals(start + s % 3, spikes.populationStart(s, 2), "step " + s);
            assertEquals(start + s % 3 + s % 2, spikes.populationEnd(s, 2), "step " + s);
            for (int e = spikes.populationStart(s, 2); e < spikes.populationEnd(s, 2); e++) {
                assertEquals(2, spikes.neuron(e) / 10, "a spike of population 2");
            }
            start += s % 3 + s % 2;
            assertEquals(start, spikes.stepEnd(s));
        }
        spikes.clear();
        assertEquals(0, spikes.populationStart(0, 2));
        assertEquals(0, spikes.populationEnd(0, 2));
    }
}
