package org.ratenet.plasticity;

import java.util.List;

import org.ratenet.api.error.Require;
import org.ratenet.api.model.Interval;
import org.ratenet.api.model.PlasticityRule;

/**
 * Rate-based rules for rate networks, dw/dt per ms for rates in Hz (η in 1/(ms·Hz²) unless stated), weights clipped to
 * [w_min, w_max]:
 * <ul>
 *   <li>{@code hebb}: dw/dt = η ν_pre ν_post − γ w (Hebb with decay; fixed point w* = η ν_pre ν_post / γ);</li>
 *   <li>{@code oja}: dw/dt = η ν_post (ν_pre − ν_post w) (Oja 1982: a linear neuron's weight vector converges to the
 *       unit principal eigenvector of its input correlation matrix);</li>
 *   <li>{@code bcm}: dw/dt = η ν_pre ν_post (ν_post − θ_M), with the sliding threshold τ_θ dθ_M/dt = ν_post²/ν₀ − θ_M
 *       (Bienenstock, Cooper and Munro 1982; Intrator and Cooper 1992), so at a steady θ_M the drift is
 *       η ν_pre ν_post² (1 − ν_post/ν₀) and ν_post settles at ν₀;</li>
 *   <li>{@code covariance}: dw/dt = η (ν_post − ⟨ν_post⟩)(ν_pre − ⟨ν_pre⟩) (Sejnowski 1977), with running means of time
 *       constant τ_avg; zero on average for stationary rates.</li>
 * </ul>
 *
 * @param kind one of {@link #KINDS}
 * @param eta the learning rate η, >= 0
 * @param decay γ (1/ms) of {@code hebb}, 0 otherwise
 * @param targetRateHz ν₀ of {@code bcm}
 * @param averagingMs τ_θ of {@code bcm}, τ_avg of {@code covariance}
 */
public record RateRule(String kind, double eta, double decay, double targetRateHz, double averagingMs, double wMin, double wMax)
        implements PlasticityRule {

    public static final List<String> KINDS = List.of("hebb", "oja", "bcm", "covariance");

    public RateRule {
        Require.oneOf("rule", kind, KINDS);
        Require.nonNegative("eta", eta, "");
        Require.nonNegative("gamma", decay, "1/ms");
        if (kind.equals("bcm")) {
            Require.positive("nu_0", targetRateHz, "Hz");
        }
        if (kind.equals("bcm") || kind.equals("covariance")) {
            Require.positive("tau_avg", averagingMs, "ms");
        }
        WeightFunctions.checkBounds(wMin, wMax);
    }

    @Override
    public String name() {
        return kind;
    }

    @Override
    public Acts acts() {
        return Acts.ON_RATES;
    }

    /**
     * dw/dt per ms for presynaptic and postsynaptic rates (Hz) and the rule's slow variable: θ_M for {@code bcm}, the
     * product of the two running-mean deviations' partner means for {@code covariance} (pass ⟨ν_post⟩ and ⟨ν_pre⟩ via
     * {@link #covarianceDrift}); unused otherwise.
     */
    public double drift(double preRateHz, double postRateHz, double weight, double threshold) {
        return switch (kind) {
            case "hebb" -> eta * preRateHz * postRateHz - decay * weight;
            case "oja" -> eta * postRateHz * (preRateHz - postRateHz * weight);
            case "bcm" -> eta * preRateHz * postRateHz * (postRateHz - threshold);
            default -> throw new IllegalStateException("the covariance rule drifts with covarianceDrift");
        };
    }

    /** The covariance rule's drift for rates and their running means (Hz). */
    public double covarianceDrift(double preRateHz, double postRateHz, double meanPreHz, double meanPostHz) {
        return eta * (postRateHz - meanPostHz) * (preRateHz - meanPreHz);
    }

    /** dθ_M/dt of {@code bcm} (Hz per ms). */
    public double thresholdDrift(double postRateHz, double threshold) {
        return (postRateHz * postRateHz / targetRateHz - threshold) / averagingMs;
    }

    /** Clips a weight to the bounds. */
    public double clip(double weight) {
        return Math.min(wMax, Math.max(wMin, weight));
    }

    /** The drift for stationary rates, with BCM's threshold at its steady value ν_post²/ν₀ and the covariance rule at 0. */
    @Override
    public double expectedDrift(double preRateHz, double postRateHz, double weight) {
        return switch (kind) {
            case "bcm" -> drift(preRateHz, postRateHz, weight, postRateHz * postRateHz / targetRateHz);
            case "covariance" -> 0;
            default -> drift(preRateHz, postRateHz, weight, 0);
        };
    }

    @Override
    public Interval weightBounds() {
        return Interval.closed(wMin, wMax);
    }
}
