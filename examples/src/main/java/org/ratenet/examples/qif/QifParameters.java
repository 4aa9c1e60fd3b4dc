package org.ratenet.examples.qif;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;

/**
 * Parameters of the quadratic integrate-and-fire neuron (Ermentrout and Kopell 1986; Latham et al. 2000),
 * τ_m dV/dt = (V − E_L)(V − V_c)/(V_c − E_L) + R I, R = τ_m / C_m: rest at E_L, an unstable fixed point (the soft
 * threshold) at V_c; a spike when V reaches V_peak, then V = V_reset for t_ref.
 *
 * @param tauMs τ_m (ms), > 0
 * @param capacitancePf C_m (pF), > 0
 * @param restingMv E_L (mV)
 * @param criticalMv V_c (mV), > E_L
 * @param peakMv V_peak (mV), > V_c
 * @param resetMv V_reset (mV), &lt; V_c
 * @param refractoryMs t_ref (ms), >= 0
 */
public record QifParameters(double tauMs, double capacitancePf, double restingMv, double criticalMv, double peakMv, double resetMv,
                            double refractoryMs) {

    public QifParameters {
        Require.positive("tau_m", tauMs, "ms");
        Require.positive("C_m", capacitancePf, "pF");
        Require.finite("E_L", restingMv, "mV");
        Require.finite("V_c", criticalMv, "mV");
        Require.finite("V_peak", peakMv, "mV");
        Require.finite("V_reset", resetMv, "mV");
        Require.nonNegative("t_ref", refractoryMs, "ms");
        if (!(criticalMv > restingMv)) {
            throw new InvalidParameterException("V_c", criticalMv + " mV", "> E_L = " + Require.format(restingMv) + " mV");
        }
        if (!(peakMv > criticalMv)) {
            throw new InvalidParameterException("V_peak", peakMv + " mV", "> V_c = " + Require.format(criticalMv) + " mV");
        }
        if (!(resetMv < criticalMv)) {
            throw new InvalidParameterException("V_reset", resetMv + " mV", "< V_c = " + Require.format(criticalMv) + " mV");
        }
    }

    /** dV/dt (mV/ms) at V with input current I (pA). */
    public double derivative(double v, double currentPa) {
        return ((v - restingMv) * (v - criticalMv) / (criticalMv - restingMv) + tauMs / capacitancePf * currentPa) / tauMs;
    }
}
