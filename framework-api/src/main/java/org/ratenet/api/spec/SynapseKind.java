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
    CONDUCTANCE(Dimension.CONDUCTANCE);

    private final Dimension weightDimension;

    SynapseKind(Dimension weightDimension) {
        this.weightDimension = weightDimension;
    }

    public Dimension weightDimension() {
        return weightDimension;
    }

    /** The name used in files: {@code delta}, {@code current}, {@code conductance}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
