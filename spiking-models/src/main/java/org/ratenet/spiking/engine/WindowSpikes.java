package org.ratenet.spiking.engine;

import java.util.Arrays;

/**
 * The spikes of one block of neurons in the current window of the engine, step by step (global neuron indices), and
 * per step where each population's spikes begin: the block updates its populations in order, so the spikes of a
 * population are one run of the list, which delivery reads without testing each spike's population.
 */
final class WindowSpikes {
    private final int populations;
    private int[] neurons = new int[1024];
    private int[] stepStarts = new int[64];
    /** At [s · populations + p]: where population p's spikes of window step s begin. */
    private int[] populationStarts;
    private int size;
    private int stepsInWindow;

    WindowSpikes(int populations) {
        this.populations = populations;
        this.populationStarts = new int[64 * populations];
    }

    void startStep() {
        if (stepsInWindow + 1 >= stepStarts.length) {
            stepStarts = Arrays.copyOf(stepStarts, 2 * stepStarts.length);
            populationStarts = Arrays.copyOf(populationStarts, stepStarts.length * populations);
        }
        stepStarts[stepsInWindow++] = size;
        stepStarts[stepsInWindow] = size;
    }

    /** Population p's spikes of the current step begin here (called for every population, in order, after startStep). */
    void startPopulation(int p) {
        populationStarts[(stepsInWindow - 1) * populations + p] = size;
    }

    void add(int neuron) {
        if (size == neurons.length) {
            neurons = Arrays.copyOf(neurons, 2 * size);
        }
        neurons[size++] = neuron;
        stepStarts[stepsInWindow] = size;
    }

    int stepStart(int s) {
        return s < stepsInWindow ? stepStarts[s] : size;
    }

    int stepEnd(int s) {
        return s < stepsInWindow ? stepStarts[s + 1] : size;
    }

    /** Where population p's spikes of window step s begin. */
    int populationStart(int s, int p) {
        return s < stepsInWindow ? populationStarts[s * populations + p] : size;
    }

    /** Where population p's spikes of window step s end. */
    int populationEnd(int s, int p) {
        return p + 1 < populations ? populationStart(s, p + 1) : stepEnd(s);
    }

    int neuron(int e) {
        return neurons[e];
    }

    /** Appends the spikes of window step s, emitted at global step {@code step}, to {@code out}. */
    void appendStep(int s, int step, SpikeTrains out) {
        for (int e = stepStart(s); e < stepEnd(s); e++) {
            out.add(step, neurons[e]);
        }
    }

    void clear() {
        size = 0;
        stepsInWindow = 0;
    }
}
