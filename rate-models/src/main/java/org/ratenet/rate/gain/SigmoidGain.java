package org.ratenet.rate.gain;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;
import org.ratenet.api.model.GainFunction;
import org.ratenet.api.model.Interval;

/**
 * The sigmoid f(x) = r_max / (1 + e^{−k x}) with k = 4β/r_max (Kleinfeld 11.4, scaled to r_max), so that β
 * (Hz/pA) is the slope at threshold, as for the threshold-linear gain; the lecture's dimensionless
 * β_K is β = β_K r_max / 4. Evaluated without overflow for any finite x: f′ = 4β s(1 − s) with
 * s = f/r_max, f⁻¹(r) = ln(r/(r_max − r))/k on (0, r_max).
 *
 * @param betaHzPerPa β, the slope at x = 0 (Hz/pA)
 * @param maxRateHz r_max (Hz)
 */
public record SigmoidGain(double betaHzPerPa, double maxRateHz) implements GainFunction {

    public static final String NAME = "sigmoid";

    public SigmoidGain {
        Require.positive("beta", betaHzPerPa, "Hz/pA");
        Require.positive("r_max", maxRateHz, "Hz");
    }

    @Override
    public String name() {
        return NAME;
    }

    /** k = 4β/r_max (1/pA). */
    private double exponentScale() {
        return 4 * betaHzPerPa / maxRateHz;
    }

    /** The logistic 1/(1 + e^{−z}), for z of either sign without overflow. */
    private static double logistic(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1 + e);
    }

    @Override
    public double value(double x) {
        return maxRateHz * logistic(exponentScale() * x);
    }

    @Override
    public double derivative(double x) {
        double z = exponentScale() * x;
        // s (1 − s) = logistic(z) logistic(−z), each factor without cancellation
        return 4 * betaHzPerPa * logistic(z) * logistic(-z);
    }

    @Override
    public Interval inverseDomain() {
        return Interval.open(0, maxRateHz);
    }

    @Override
    public double inverse(double r) {
        if (!inverseDomain().contains(r)) {
            throw new InvalidParameterException("r", r + " Hz", "in " + inverseDomain() + " Hz for the inverse sigmoid");
        }
        return Math.log(r / (maxRateHz - r)) / exponentScale();
    }
}
