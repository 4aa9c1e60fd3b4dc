package org.ratenet.api.spec;

import java.util.List;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;
import org.ratenet.api.units.Quantity;

/**
 * A synapse: its kind, weight (mV for delta, pA for current, nS for conductance synapses), delay (ms),
 * synaptic time constant τ_syn (ms; 0 for delta synapses), reversal potential (mV; NaN unless the
 * synapse is a conductance), and how weights vary from synapse to synapse: {@code constant}, or drawn per synapse
 * with mean {@code weight} and standard deviation {@code weightSd} from a {@code normal}, {@code lognormal} (of the
 * magnitude, keeping the sign) or {@code uniform} distribution. Delays ({@code delayDistribution}) are
 * {@code constant}, {@code delayMs} for every synapse; {@code uniform}, drawn per synapse on the time grid between
 * {@code delayMs} and {@code delayMaxMs} (both included, as NEST users do with a uniform delay distribution); or
 * {@code normal}, of mean {@code delayMs} and standard deviation {@code delaySd}, rounded to the grid and redrawn outside
 * [dt, {@code delayMaxMs}] (PyNN's normal_clipped; NEST's redraw, as in the Potjans–Diesmann microcircuit). Build with
 * {@link #delta}, {@link #current}, {@link #conductance} or {@link #rate}, then {@link #withWeights}, {@link #withDelays}
 * or {@link #withNormalDelays}.
 */
public record SynapseSpec(SynapseKind kind, double weight, double delayMs, double tauSynMs, double reversalMv,
                          String weightDistribution, double weightSd, double delayMaxMs, String delayDistribution, double delaySd) {

    /** The weight distributions a synapse can draw from. */
    public static final List<String> WEIGHT_DISTRIBUTIONS = List.of("constant", "normal", "lognormal", "uniform");

    /** The delay distributions a synapse can draw from. */
    public static final List<String> DELAY_DISTRIBUTIONS = List.of("constant", "uniform", "normal");

    /** Constant delays, or uniform ones between {@code delayMs} and {@code delayMaxMs} when the latter is larger. */
    public SynapseSpec(SynapseKind kind, double weight, double delayMs, double tauSynMs, double reversalMv,
                       String weightDistribution, double weightSd, double delayMaxMs) {
        this(kind, weight, delayMs, tauSynMs, reversalMv, weightDistribution, weightSd, delayMaxMs,
                delayMaxMs > delayMs ? "uniform" : "constant", 0);
    }

    /** A synapse whose weights are all equal. */
    public SynapseSpec(SynapseKind kind, double weight, double delayMs, double tauSynMs, double reversalMv) {
        this(kind, weight, delayMs, tauSynMs, reversalMv, "constant", 0, delayMs, "constant", 0);
    }

    /** A synapse whose weights may be drawn and whose delays are all equal. */
    public SynapseSpec(SynapseKind kind, double weight, double delayMs, double tauSynMs, double reversalMv,
                       String weightDistribution, double weightSd) {
        this(kind, weight, delayMs, tauSynMs, reversalMv, weightDistribution, weightSd, delayMs, "constant", 0);
    }

    public SynapseSpec {
        Require.nonNull("kind", kind);
        Require.finite("weight", weight, kind.weightDimension().canonicalSymbol());
        Require.nonNegative("delay", delayMs, "ms");
        Require.finite("delay_max", delayMaxMs, "ms");
        Require.oneOf("delay_distribution", delayDistribution, DELAY_DISTRIBUTIONS);
        Require.nonNegative("delay_sd", delaySd, "ms");
        if (kind == SynapseKind.RATE && (delayMaxMs != delayMs || !delayDistribution.equals("constant"))) {
            throw new InvalidParameterException(delayMaxMs != delayMs ? "delay_max" : "delay_distribution",
                    delayMaxMs != delayMs ? Require.format(delayMaxMs) + " ms" : delayDistribution, "absent for a rate synapse (it has no delay)");
        }
        if (delayDistribution.equals("constant") ? delayMaxMs != delayMs : !(delayMaxMs > delayMs)) {
            throw new InvalidParameterException("delay_max", Require.format(delayMaxMs) + " ms", delayDistribution.equals("constant")
                    ? "absent (= delay) for constant delays" : "> delay = " + Require.format(delayMs) + " ms for " + delayDistribution + " delays");
        }
        if (delayDistribution.equals("normal") != (delaySd > 0)) {
            throw new InvalidParameterException("delay_sd", Require.format(delaySd) + " ms",
                    delayDistribution.equals("normal") ? "> 0 for normal delays" : "0 (absent) for " + delayDistribution + " delays");
        }
        switch (kind) {
            case DELTA, RATE -> {
                if (tauSynMs != 0) {
                    throw new InvalidParameterException("tau_syn", Require.format(tauSynMs) + " ms", "0 ms (absent) for a " + kind.label() + " synapse");
                }
            }
            default -> Require.positive("tau_syn", tauSynMs, "ms");
        }
        Require.oneOf("weight_distribution", weightDistribution, WEIGHT_DISTRIBUTIONS);
        Require.nonNegative("weight_sd", weightSd, kind.weightDimension().canonicalSymbol());
        if (weightDistribution.equals("constant") != (weightSd == 0)) {
            throw new InvalidParameterException("weight_sd", Require.format(weightSd),
                    weightDistribution.equals("constant") ? "0 for constant weights" : "> 0 for " + weightDistribution + " weights");
        }
        if (weightDistribution.equals("lognormal") && weight == 0) {
            throw new InvalidParameterException("weight", "0", "non-zero for log-normal weights (the magnitude is log-normal)");
        }
        if (kind == SynapseKind.CONDUCTANCE && (weightDistribution.equals("normal")
                || (weightDistribution.equals("uniform") && weight - Math.sqrt(3) * weightSd < 0))) {
            throw new InvalidParameterException("weight_distribution", weightDistribution,
                    "lognormal, or uniform with weight >= sqrt(3) weight_sd, for conductances (they cannot be negative)");
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

    /** A copy with another mean weight. */
    public SynapseSpec withWeight(double newWeight) {
        return new SynapseSpec(kind, newWeight, delayMs, tauSynMs, reversalMv, weightDistribution, weightSd, delayMaxMs, delayDistribution, delaySd);
    }

    /** A copy whose weights are drawn per synapse from {@code distribution} with standard deviation {@code sd}. */
    public SynapseSpec withWeights(String distribution, double sd) {
        return new SynapseSpec(kind, weight, delayMs, tauSynMs, reversalMv, distribution, sd, delayMaxMs, delayDistribution, delaySd);
    }

    /** A copy whose delays are drawn per synapse uniformly on the time grid in [{@code delayMs}, {@code maxMs}]. */
    public SynapseSpec withDelays(double maxMs) {
        return new SynapseSpec(kind, weight, delayMs, tauSynMs, reversalMv, weightDistribution, weightSd, maxMs,
                maxMs > delayMs ? "uniform" : "constant", 0);
    }

    /**
     * A copy whose delays are drawn per synapse from a normal distribution of mean {@code delayMs} and standard deviation
     * {@code sdMs}, rounded to the time grid and redrawn outside [dt, {@code maxMs}].
     */
    public SynapseSpec withNormalDelays(double sdMs, double maxMs) {
        return new SynapseSpec(kind, weight, delayMs, tauSynMs, reversalMv, weightDistribution, weightSd, maxMs, "normal", sdMs);
    }

    /** Whether delays differ from synapse to synapse. */
    public boolean drawnDelays() {
        return !delayDistribution.equals("constant");
    }

    /** Whether weights differ from synapse to synapse. */
    public boolean drawnWeights() {
        return !weightDistribution.equals("constant");
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
        if (drawnWeights()) {
            b.append(" (").append(weightDistribution).append(", sd ").append(new Quantity(weightSd, kind.weightDimension()).format()).append(')');
        }
        b.append(", delay ").append(Require.format(delayMs));
        if (delayDistribution.equals("uniform")) {
            b.append(" to ").append(Require.format(delayMaxMs));
        } else if (delayDistribution.equals("normal")) {
            b.append(" (normal, sd ").append(Require.format(delaySd)).append(" ms, at most ").append(Require.format(delayMaxMs)).append(')');
        }
        return b.append(" ms").toString();
    }
}
