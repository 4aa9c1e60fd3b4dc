package org.ratenet.spiking.engine;

import java.util.Arrays;

/** The spikes of one block of neurons in the current window of the engine, step by step (global neuron indices). */
final class WindowSpikes {
    private int[] neurons = new int[1024];
    private int[] stepStarts = new int[64];
    private int size;
    private int stepsInWindow;

    void startStep() {
        if (stepsInWindow + 1 >= stepStarts.length) {
            stepStarts = Arrays.copyOf(stepStarts, 2 * stepStarts.length);
        }
        stepStarts[stepsInWindow++] = size;
        stepStarts[stepsInWindow] = size;
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
