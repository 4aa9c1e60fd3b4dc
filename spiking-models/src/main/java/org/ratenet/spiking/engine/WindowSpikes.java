package org.ratenet.spiking.engine;

import java.util.Arrays;

/**
 * The spikes of one block of neurons in the current window of the engine, step by step (global neuron indices), and
 * per step where each population's spikes begin: the block updates its populations in order, so the spikes of a
 * population are one run of the list, which delivery reads without testing each spike's population.
 * <p>
 * Everything a window changes lives in one {@code int} array, counts first, then the step and population starts, then
 * the spikes, and this object's own fields change only when the array grows. The other threads read a block's list
 * every window; with one-step windows and a few spikes per step, that is one or two cache lines to fetch from the
 * writer's core, not one per field and array.
 */
final class WindowSpikes {
    /** data[SIZE]: the number of spikes in the window; data[STEPS]: the number of steps started. */
    private static final int SIZE = 0;
    private static final int STEPS = 1;
    /** Where the step starts begin in {@link #data}, after the two counts. */
    private static final int STEP_STARTS = 2;

    private final int populations;
    /** Steps the layout has room for; grows (with a new layout) when a window has more. */
    private int stepCapacity;
    /** Where the population starts ([s · populations + p]) and the spikes begin in {@link #data}. */
    private int populationStarts;
    private int spikes;
    private int[] data;

    /** A list for {@code populations} populations, with room for windows of {@code windowSteps} steps to begin with. */
    WindowSpikes(int populations, int windowSteps) {
        this.populations = populations;
        layOut(Math.max(1, windowSteps), 64);
    }

    /** Sets the layout for {@code steps} steps and room for {@code spikeRoom} spikes, keeping the current contents. */
    private void layOut(int steps, int spikeRoom) {
        int newPopulationStarts = STEP_STARTS + steps;
        int newSpikes = newPopulationStarts + steps * populations;
        int[] grown = new int[newSpikes + spikeRoom];
        if (data != null) {
            int used = data[STEPS];
            grown[SIZE] = data[SIZE];
            grown[STEPS] = used;
            System.arraycopy(data, STEP_STARTS, grown, STEP_STARTS, used);
            System.arraycopy(data, populationStarts, grown, newPopulationStarts, used * populations);
            System.arraycopy(data, spikes, grown, newSpikes, data[SIZE]);
        }
        this.stepCapacity = steps;
        this.populationStarts = newPopulationStarts;
        this.spikes = newSpikes;
        this.data = grown;
    }

    void startStep() {
        int steps = data[STEPS];
        if (steps == stepCapacity) {
            layOut(2 * stepCapacity, data.length - spikes);
        }
        data[STEP_STARTS + steps] = data[SIZE];
        data[STEPS] = steps + 1;
    }

    /** Population p's spikes of the current step begin here (called for every population, in order, after startStep). */
    void startPopulation(int p) {
        data[populationStarts + (data[STEPS] - 1) * populations + p] = data[SIZE];
    }

    void add(int neuron) {
        int size = data[SIZE];
        if (spikes + size == data.length) {
            data = Arrays.copyOf(data, spikes + 2 * size);
        }
        data[spikes + size] = neuron;
        data[SIZE] = size + 1;
    }

    int stepStart(int s) {
        return s < data[STEPS] ? data[STEP_STARTS + s] : data[SIZE];
    }

    int stepEnd(int s) {
        return s + 1 < data[STEPS] ? data[STEP_STARTS + s + 1] : data[SIZE];
    }

    /** Where population p's spikes of window step s begin. */
    int populationStart(int s, int p) {
        return s < data[STEPS] ? data[populationStarts + s * populations + p] : data[SIZE];
    }

    /** Where population p's spikes of window step s end. */
    int populationEnd(int s, int p) {
        return p + 1 < populations ? populationStart(s, p + 1) : stepEnd(s);
    }

    int neuron(int e) {
        return data[spikes + e];
    }

    /** Appends the spikes of window step s, emitted at global step {@code step}, to {@code out}. */
    void appendStep(int s, int step, SpikeTrains out) {
        int end = stepEnd(s);
        for (int e = stepStart(s); e < end; e++) {
            out.add(step, data[spikes + e]);
        }
    }

    /**
     * The length of the list's compact form, which a thread hands to another ({@link WindowSignals}): the two counts, the
     * start of each step begun, the start of each population in each of those steps, the spikes.
     */
    int compactLength() {
        int steps = data[STEPS];
        return STEP_STARTS + steps + steps * populations + data[SIZE];
    }

    /** Int i of the compact form (i < {@link #compactLength}). */
    int compactInt(int i) {
        int steps = data[STEPS];
        int populationsFrom = STEP_STARTS + steps;
        int spikesFrom = populationsFrom + steps * populations;
        return i < populationsFrom ? data[i] : i < spikesFrom ? data[populationStarts + i - populationsFrom] : data[spikes + i - spikesFrom];
    }

    /** Makes this list the one whose compact form is {@code compact[0, length)} (a list of as many populations). */
    void loadCompact(int[] compact, int length) {
        int steps = compact[STEPS];
        int size = compact[SIZE];
        if (steps > stepCapacity || spikes + size > data.length) {
            layOut(Math.max(steps, stepCapacity), Math.max(size, data.length - spikes));
        }
        int populationsFrom = STEP_STARTS + steps;
        int spikesFrom = populationsFrom + steps * populations;
        System.arraycopy(compact, 0, data, 0, populationsFrom);
        System.arraycopy(compact, populationsFrom, data, populationStarts, spikesFrom - populationsFrom);
        System.arraycopy(compact, spikesFrom, data, spikes, length - spikesFrom);
    }

    void clear() {
        data[SIZE] = 0;
        data[STEPS] = 0;
    }
}
