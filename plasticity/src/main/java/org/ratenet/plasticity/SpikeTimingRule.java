package org.ratenet.plasticity;

import org.ratenet.api.model.PlasticityRule;

/**
 * A spike-timing rule written with per-neuron traces (Morrison, Diesmann and Gerstner 2008): each presynaptic neuron
 * keeps {@link #preTraceTausMs()}.length traces, each postsynaptic neuron {@link #postTraceTausMs()}.length, every trace
 * decaying exponentially with its time constant and, at its neuron's spike, increased by 1 (all-to-all pairing) or set
 * to 1 (nearest-spike pairing). A synapse then needs only its weight: at a presynaptic spike its weight becomes
 * {@link #onPre}, at a postsynaptic spike {@link #onPost}, both given the traces just before that spike's own
 * increments. Weights are in units of the projection's nominal weight.
 */
public interface SpikeTimingRule extends PlasticityRule {

    /** The time constants (ms) of the presynaptic traces. */
    double[] preTraceTausMs();

    /** The time constants (ms) of the postsynaptic traces. */
    double[] postTraceTausMs();

    /** Whether a spike resets its neuron's traces to 1 (nearest-spike) instead of adding 1 (all-to-all). */
    boolean nearestSpike();

    /** The weight after a presynaptic spike, from the weight before it and the traces just before the spike. */
    double onPre(double weight, double[] preTraces, double[] postTraces);

    /** The weight after a postsynaptic spike, from the weight before it and the traces just before the spike. */
    double onPost(double weight, double[] preTraces, double[] postTraces);

    /** A trace after its neuron's spike. */
    default double traceAfterSpike(double trace) {
        return nearestSpike() ? 1 : trace + 1;
    }
}
