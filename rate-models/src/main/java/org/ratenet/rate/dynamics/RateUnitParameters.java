package org.ratenet.rate.dynamics;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;

/**
 * A rate unit (Kleinfeld 11.32–11.33): τ dμ/dt + μ = input − θ, r = f(μ).
 *
 * @param tauMs τ (ms), > 0
 * @param thresholdPa θ (pA)
 * @param gain {@code threshold_linear} or {@code sigmoid}
 * @param betaHzPerPa β, the slope of f at threshold (Hz/pA), > 0
 * @param maxRateHz r_max (Hz): the sigmoid's height (> 0), the threshold-linear saturation (0 for none)
 */
public record RateUnitParameters(double tauMs, double thresholdPa, String gain, double betaHzPerPa, double maxRateHz) {

    public RateUnitParameters {
        Require.positive("tau", tauMs, "ms");
        Require.finite("theta", thresholdPa, "pA");
        Require.positive("beta", betaHzPerPa, "Hz/pA");
        Require.nonNegative("r_max", maxRateHz, "Hz");
        if ("sigmoid".equals(gain) && !(maxRateHz > 0)) {
            throw new InvalidParameterException("r_max", maxRateHz + " Hz", "> 0 Hz for a sigmoid gain");
        }
    }
}
