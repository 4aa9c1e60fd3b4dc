package org.ratenet.spiking.engine;

/**
 * The outgoing connections of one projection in compressed sparse rows: the targets (global neuron indices) of
 * local source neuron s are {@code targets[rowStart[s] .. rowStart[s+1])}. One weight (PSP jump in mV, stored as
 * float) and one delay (in steps) for the whole projection: 4 bytes per synapse.
 */
record Projection(String name, int sourcePopulation, int[] rowStart, int[] targets, float weight, int delaySteps) {

    long synapses() {
        return targets.length;
    }
}
