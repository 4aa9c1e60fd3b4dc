package org.ratenet.api.model;

/**
 * A spike-driven plasticity rule written with per-neuron traces (Morrison, Diesmann and Gerstner 2008), so that a
 * synapse needs only its weight: each presynaptic neuron keeps {@link #preTraceCount()} traces and each postsynaptic one
 * {@link #postTraceCount()} (at most two each), trace k decaying exponentially with its time constant and set by
 * {@link #preTraceAfterSpike} / {@link #postTraceAfterSpike} at its neuron's spike (+1 for all-to-all pairing, 1 for
 * nearest-spike). At a presynaptic spike the weight becomes {@link #onPre}, at a postsynaptic spike {@link #onPost},
 * given the traces just before that step's spikes (a pre and a post spike in the same step do not pair). The spiking
 * engine applies both, in time order, when the presynaptic neuron fires (as NEST does): postsynaptic events since its
 * previous spike first, then the presynaptic one; so {@link #onPost} must leave the weight unchanged when the
 * presynaptic traces are 0 (before the first presynaptic spike). Weights are in units of the projection's nominal
 * weight.
 */
public interface SpikeTimingRule extends PlasticityRule {

    /** The number of presynaptic traces, 1 or 2. */
    int preTraceCount();

    /** The number of postsynaptic traces, 0, 1 or 2. */
    int postTraceCount();

    /** The time constant (ms) of presynaptic trace k. */
    double preTraceTauMs(int k);

    /** The time constant (ms) of postsynaptic trace k. */
    double postTraceTauMs(int k);

    /** Presynaptic trace k after its neuron's spike. */
    double preTraceAfterSpike(int k, double trace);

    /** Postsynaptic trace k after its neuron's spike. */
    double postTraceAfterSpike(int k, double trace);

    /** The weight after a presynaptic spike (unused traces are 0). */
    double onPre(double weight, double pre1, double pre2, double post1, double post2);

    /** The weight after a postsynaptic spike (unused traces are 0). */
    double onPost(double weight, double pre1, double pre2, double post1, double post2);

    /** Whether postsynaptic spikes change weights at all (if not, the engine keeps no postsynaptic spike histories). */
    default boolean updatesOnPost() {
        return true;
    }

    /** Whether {@link #onPost} reads the postsynaptic traces (if not, the engine does not keep them per spike). */
    default boolean onPostReadsPostTraces() {
        return true;
    }
}
