package org.ratenet.spiking.engine;

/**
 * The synapses of one projection as a table, one row per synapse in CSR order: the source and target neuron (indices
 * within their populations), the current weight in the synapse's unit (mV, pA or nS) and the delay (ms, a whole number
 * of steps). A copy, for recording, analysis and export; the engine never reads it.
 */
public record SynapseTable(String projection, int[] sources, int[] targets, double[] weights, double[] delaysMs) {

    public int size() {
        return weights.length;
    }
}
