package org.ratenet.rate.gain;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;
import org.ratenet.api.model.GainFunction;
import org.ratenet.api.model.Interval;

/**
 * The threshold-linear gain f(x) = [βx]_+ (Kleinfeld 11.5), capped at r_max when r_max > 0: exactly 0 for
 * x ≤ 0, slope β up to the cap. f′ is β on (0, r_max/β) and 0 elsewhere (0 at the kinks);
 * f⁻¹(r) = r/β on (0, r_max) (or (0, ∞) without a cap).
 *
 * @param betaHzPerPa β (Hz/pA)
 * @param maxRateHz r_max (Hz); 0 means no saturation
 */
public record ThresholdLinearGain(double betaHzPerPa, double maxRateHz) implements GainFunction {

    public static final String NAME = "threshold_linear";

    public ThresholdLinearGain {
        Require.positive("beta", betaHzPerPa, "Hz/pA");
        Require.nonNegative("r_max", maxRateHz, "Hz");
    }

    private boolean saturates() {
        return maxRateHz > 0;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double value(double x) {
        if (!(x > 0)) {
            return 0;
        }
        double r = betaHzPerPa * x;
        return saturates() ? Math.min(r, maxRateHz) : r;
    }

    @Override
    public double derivative(double x) {
        if (!(x > 0)) {
            return 0;
        }
        return saturates() && betaHzPerPa * x >= maxRateHz ? 0 : betaHzPerPa;
    }

    @Override
    public Interval inverseDomain() {
        return Interval.open(0, saturates() ? maxRateHz : Double.POSITIVE_INFINITY);
    }

    @Override
    public double inverse(double r) {
        if (!inverseDomain().contains(r)) {
            throw new InvalidParameterException("r", r + " Hz", "in " + inverseDomain() + " Hz for the inverse threshold-linear gain");
        }
        return r / betaHzPerPa;
    }
}
