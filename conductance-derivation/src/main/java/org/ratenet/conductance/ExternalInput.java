package org.ratenet.conductance;

import org.ratenet.api.error.Require;

/**
 * External input to a cell (eqs. 11.16–11.21): Poisson spikes at total rate r_ext through a conductance
 * G_ext with time constant τ_ext and reversal V_ext.
 *
 * @param conductanceNs G_ext (nS), >= 0
 * @param timeConstantMs τ_ext (ms), > 0
 * @param reversalMv V_ext (mV)
 * @param rateHz r_ext, the total external rate (Hz), >= 0
 */
public record ExternalInput(double conductanceNs, double timeConstantMs, double reversalMv, double rateHz) {

    /** No external input. */
    public static final ExternalInput NONE = new ExternalInput(0, 1, 0, 0);

    public ExternalInput {
        Require.nonNegative("G_ext", conductanceNs, "nS");
        Require.positive("tau_ext", timeConstantMs, "ms");
        Require.finite("V_ext", reversalMv, "mV");
        Require.nonNegative("r_ext", rateHz, "Hz");
    }

    /** A copy at another rate. */
    public ExternalInput withRate(double newRateHz) {
        return new ExternalInput(conductanceNs, timeConstantMs, reversalMv, newRateHz);
    }
}
