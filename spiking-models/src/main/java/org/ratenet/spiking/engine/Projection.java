package org.ratenet.spiking.engine;

/**
 * The outgoing connections of one projection in compressed sparse rows: the targets (global neuron indices) of
 * local source neuron s are {@code targets[rowStart[s] .. rowStart[s+1])}. One weight (PSP jump in mV on channel 0,
 * current jump in pA on a current channel; stored as float), one delay (in steps) and one input channel for the
 * whole projection: 4 bytes per synapse.
 */
record Projection(String name, int sourcePopulation, int[] rowStart, int[] targets, float weight, int delaySteps, int channel) {

    long synapses() {
        return targets.length;
    }
}
