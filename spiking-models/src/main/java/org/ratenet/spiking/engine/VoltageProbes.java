package org.ratenet.spiking.engine;

import java.util.Arrays;

import org.ratenet.api.error.Require;

/**
 * Membrane potentials of chosen neurons, sampled every {@code intervalSteps} steps at the end of the step. Each probed
 * neuron has its own sample array, written only by the thread that updates the neuron, so recording is race-free and
 * the same for any thread count.
 */
public final class VoltageProbes {

    private final int[] neurons;
    private final int[] intervalSteps;
    private final double[][] samples;
    private final int[] counts;

    /** @param neurons global indices of the probed neurons; @param intervalSteps their sampling intervals in steps */
    public VoltageProbes(int[] neurons, int[] intervalSteps) {
        if (neurons.length != intervalSteps.length) {
            throw new IllegalArgumentException("neurons and intervals differ in length");
        }
        this.neurons = neurons.clone();
        this.intervalSteps = intervalSteps.clone();
        this.samples = new double[neurons.length][64];
        this.counts = new int[neurons.length];
        for (int p = 0; p < neurons.length; p++) {
            Require.atLeast("interval steps", intervalSteps[p], 1);
        }
    }

    /** Records V of the probed neurons among local neurons [from, to) of {@code pop} after step k, where an interval ends. */
    void record(NeuronPopulation pop, int from, int to, int k) {
        for (int p = 0; p < neurons.length; p++) {
            int local = neurons[p] - pop.offset;
            if (local < from || local >= to || (k + 1) % intervalSteps[p] != 0) {
                continue;
            }
            if (counts[p] == samples[p].length) {
                samples[p] = Arrays.copyOf(samples[p], 2 * counts[p]);
            }
            samples[p][counts[p]++] = pop.dynamics.membranePotential(local);
        }
    }

    public int size() {
        return neurons.length;
    }

    public int neuron(int p) {
        return neurons[p];
    }

    public int intervalSteps(int p) {
        return intervalSteps[p];
    }

    /** The samples of probe p (mV), taken at the end of steps interval − 1, 2 interval − 1, .... */
    public double[] samples(int p) {
        return Arrays.copyOf(samples[p], counts[p]);
    }
}
