package org.ratenet.spiking.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

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
    /**
     * The compact form that a thread hands to another gives back the same list: three steps of three populations, loaded
     * into a list with room for one step and a few spikes, so that it grows; then a shorter list into the same one.
     */
    @Test
    void theCompactFormGivesBackTheSameList() {
        WindowSpikes written = new WindowSpikes(3, 1);
        int[][][] spikes = {{{1, 2}, {}, {25}}, {{}, {}, {}}, {{3}, {11, 12, 13}, {20, 21}}};
        for (int[][] step : spikes) {
            written.startStep();
            for (int p = 0; p < 3; p++) {
                written.startPopulation(p);
                for (int n : step[p]) {
                    written.add(n);
                }
            }
        }
        WindowSpikes copy = new WindowSpikes(3, 1);
        assertSameList(written, copy, 3);

        written.clear();
        written.startStep();
        written.startPopulation(0);
        written.startPopulation(1);
        written.add(14);
        written.startPopulation(2);
        assertSameList(written, copy, 1);
    }

    private static void assertSameList(WindowSpikes written, WindowSpikes copy, int steps) {
        int[] compact = new int[written.compactLength()];
        for (int i = 0; i < compact.length; i++) {
            compact[i] = written.compactInt(i);
        }
        copy.loadCompact(compact, compact.length);
        assertEquals(written.compactLength(), copy.compactLength());
        for (int s = 0; s < steps; s++) {
            assertEquals(written.stepStart(s), copy.stepStart(s), "step " + s);
            assertEquals(written.stepEnd(s), copy.stepEnd(s), "step " + s);
            for (int p = 0; p < 3; p++) {
                assertEquals(written.populationStart(s, p), copy.populationStart(s, p), "step " + s + ", population " + p);
                assertEquals(written.populationEnd(s, p), copy.populationEnd(s, p), "step " + s + ", population " + p);
            }
            int[] a = new int[written.stepEnd(s) - written.stepStart(s)];
            int[] b = new int[a.length];
            for (int e = 0; e < a.length; e++) {
                a[e] = written.neuron(written.stepStart(s) + e);
                b[e] = copy.neuron(copy.stepStart(s) + e);
            }
            assertEquals(Arrays.toString(a), Arrays.toString(b), "step " + s);
        }
    }
}
