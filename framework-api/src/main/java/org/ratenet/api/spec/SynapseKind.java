package org.ratenet.api.spec;

import java.util.Locale;

import org.ratenet.api.units.Dimension;

/** How a spike acts on its target, which fixes the dimension of the synaptic weight. */
public enum SynapseKind {
    /** A jump of the membrane potential by the weight, in mV (Brunel 2000). */
    DELTA(Dimension.VOLTAGE),
    /** An exponentially decaying current of amplitude weight (pA) and time constant τ_syn. */
    CURRENT(Dimension.CURRENT),
    /** An exponentially decaying conductance of amplitude weight (nS), τ_syn and reversal potential. */
    CONDUCTANCE(Dimension.CONDUCTANCE),
    /** A rate-network coupling: the weight W (pA/Hz) multiplies the presynaptic rate (Kleinfeld 11.32). */
    RATE(Dimension.CHARGE);

    private final Dimension weightDimension;

    SynapseKind(Dimension weightDimension) {
        this.weightDimension = weightDimension;
    }

    public Dimension weightDimension() {
        return weightDimension;
    }

    /** Whether spikes travel through it, so that it needs a delay > 0 (all but {@link #RATE}). */
    public boolean carriesSpikes() {
        return this != RATE;
    }

    /** The name used in files: {@code delta}, {@code current}, {@code conductance}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
