package org.ratenet.api.spec;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;
import org.ratenet.api.units.Quantity;

/**
 * A synapse: its kind, weight (mV for delta, pA for current, nS for conductance synapses), delay (ms),
 * synaptic time constant τ_syn (ms; 0 for delta synapses) and reversal potential (mV; NaN unless the
 * synapse is a conductance). Build with {@link #delta}, {@link #current} or {@link #conductance}.
 */
public record SynapseSpec(SynapseKind kind, double weight, double delayMs, double tauSynMs, double reversalMv) {

    public SynapseSpec {
        Require.nonNull("kind", kind);
        Require.finite("weight", weight, kind.weightDimension().canonicalSymbol());
        Require.nonNegative("delay", delayMs, "ms");
        switch (kind) {
            case DELTA, RATE -> {
                if (tauSynMs != 0) {
                    throw new InvalidParameterException("tau_syn", Require.format(tauSynMs) + " ms", "0 ms (absent) for a " + kind.label() + " synapse");
                }
            }
            default -> Require.positive("tau_syn", tauSynMs, "ms");
        }
        if (kind == SynapseKind.CONDUCTANCE) {
            Require.finite("reversal", reversalMv, "mV");
            Require.nonNegative("weight", weight, "nS");
        } else if (!Double.isNaN(reversalMv)) {
            throw new InvalidParameterException("reversal", Require.format(reversalMv) + " mV",
                    "absent for a " + kind.label() + " synapse (only conductance synapses have one)");
        }
    }

    /** A PSP jump of {@code jumpMv} (Brunel 2000). */
    public static SynapseSpec delta(double jumpMv, double delayMs) {
        return new SynapseSpec(SynapseKind.DELTA, jumpMv, delayMs, 0, Double.NaN);
    }

    /** A rate coupling of {@code weightPaPerHz} (pA/Hz). */
    public static SynapseSpec rate(double weightPaPerHz) {
        return new SynapseSpec(SynapseKind.RATE, weightPaPerHz, 0, 0, Double.NaN);
    }

    /** An exponential current of amplitude {@code amplitudePa}. */
    public static SynapseSpec current(double amplitudePa, double tauSynMs, double delayMs) {
        return new SynapseSpec(SynapseKind.CURRENT, amplitudePa, delayMs, tauSynMs, Double.NaN);
    }

    /** An exponential conductance of amplitude {@code conductanceNs} towards {@code reversalMv}. */
    public static SynapseSpec conductance(double conductanceNs, double tauSynMs, double reversalMv, double delayMs) {
        return new SynapseSpec(SynapseKind.CONDUCTANCE, conductanceNs, delayMs, tauSynMs, reversalMv);
    }

    /** The weight with its unit. */
    public Quantity weightQuantity() {
        return new Quantity(weight, kind.weightDimension());
    }

    /** A copy with another weight. */
    public SynapseSpec withWeight(double newWeight) {
        return new SynapseSpec(kind, newWeight, delayMs, tauSynMs, reversalMv);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(kind.label()).append(' ').append(weightQuantity().format());
        if (kind == SynapseKind.CURRENT || kind == SynapseKind.CONDUCTANCE) {
            b.append(", tau_syn ").append(Require.format(tauSynMs)).append(" ms");
        }
        if (kind == SynapseKind.CONDUCTANCE) {
            b.append(", reversal ").append(Require.format(reversalMv)).append(" mV");
        }
        return b.append(", delay ").append(Require.format(delayMs)).append(" ms").toString();
    }
}
