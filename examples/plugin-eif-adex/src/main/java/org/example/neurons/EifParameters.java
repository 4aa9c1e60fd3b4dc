package org.example.neurons;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;

/**
 * The exponential integrate-and-fire neuron (Fourcaud-Trocmé et al. 2003, J. Neurosci. 23:11628, eq. 1):
 * C_m dV/dt = −g_L (V − E_L) + g_L Δ_T exp((V − V_T)/Δ_T) + I; a spike when V reaches V_peak, then V = V_reset for t_ref.
 */
public record EifParameters(double capacitancePf, double leakNs, double restingMv, double thresholdMv, double slopeMv,
                            double peakMv, double resetMv, double refractoryMs) {

    public EifParameters {
        Require.positive("C_m", capacitancePf, "pF");
        Require.positive("g_L", leakNs, "nS");
        Require.finite("E_L", restingMv, "mV");
        Require.finite("V_T", thresholdMv, "mV");
        Require.positive("Delta_T", slopeMv, "mV");
        Require.nonNegative("t_ref", refractoryMs, "ms");
        if (!(peakMv > thresholdMv)) {
            throw new InvalidParameterException("V_peak", peakMv + " mV", "> V_T = " + Require.format(thresholdMv) + " mV");
        }
        if (!(resetMv < thresholdMv)) {
            throw new InvalidParameterException("V_reset", resetMv + " mV", "< V_T = " + Require.format(thresholdMv) + " mV");
        }
    }

    /** dV/dt (mV/ms) at V with input current I (pA) and adaptation current w (pA). */
    public double derivative(double v, double currentPa) {
        return (-leakNs * (v - restingMv) + leakNs * slopeMv * Math.exp((v - thresholdMv) / slopeMv) + currentPa) / capacitancePf;
    }

    public double tauMs() {
        return capacitancePf / leakNs;
    }
}
