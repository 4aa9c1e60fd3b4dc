package org.ratenet.spiking.engine;

/**
 * The synapses of one projection as a table, one row per synapse in CSR order: the source and target neuron (indices
 * within their populations) and the current weight in the synapse's unit (mV, pA or nS). A copy, for recording and
 * analysis; the engine never reads it.
 */
public record SynapseTable(String projection, int[] sources, int[] targets, double[] weights) {

    public int size() {
        return weights.length;
    }
}
