package org.ratenet.conductance;

import java.util.List;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;

/**
 * A conductance-based cell summarised by the threshold of its f–I curve (Kleinfeld 11.2–11.7):
 * r = f[I_app − I_θ° − v_θ g_L^total] with f = {@code gain} of slope β.
 *
 * @param capacitancePf C_m (pF), > 0
 * @param restingLeakNs g_L°, the resting leak conductance (nS), > 0
 * @param leakReversalMv V_leak, the leak reversal potential (mV)
 * @param thresholdSlopeMv v_θ, how far the f–I threshold moves per unit of total conductance (mV), finite
 * @param restingThresholdPa I_θ°, the threshold current at zero conductance (pA), finite
 * @param gain {@code threshold_linear} ([βx]_+, eq. 11.5) or {@code sigmoid} (r_max/(1+e^{−4βx/r_max}), eq. 11.4)
 * @param betaHzPerPa β, the conversion gain: the slope of the f–I curve at threshold (Hz/pA), > 0
 * @param maxRateHz r_max of the sigmoid (Hz), > 0 for a sigmoid; ignored (0) for threshold-linear
 */
public record CellParameters(double capacitancePf, double restingLeakNs, double leakReversalMv, double thresholdSlopeMv,
                             double restingThresholdPa, String gain, double betaHzPerPa, double maxRateHz) {

    public static final String THRESHOLD_LINEAR = "threshold_linear";
    public static final String SIGMOID = "sigmoid";
    public static final List<String> GAINS = List.of(THRESHOLD_LINEAR, SIGMOID);

    public CellParameters {
        Require.positive("C_m", capacitancePf, "pF");
        Require.positive("g_L", restingLeakNs, "nS");
        Require.finite("V_leak", leakReversalMv, "mV");
        Require.finite("v_theta", thresholdSlopeMv, "mV");
        Require.finite("I_theta", restingThresholdPa, "pA");
        Require.oneOf("gain", gain, GAINS);
        Require.positive("beta", betaHzPerPa, "Hz/pA");
        Require.nonNegative("r_max", maxRateHz, "Hz");
        if (SIGMOID.equals(gain) && !(maxRateHz > 0)) {
            throw new InvalidParameterException("r_max", Require.format(maxRateHz) + " Hz", "> 0 Hz for a sigmoid gain");
        }
    }

    /** The membrane time constant τ = C_m / g_L° (ms) that the rate dynamics 11.32 inherit. */
    public double membraneTimeConstantMs() {
        return capacitancePf / restingLeakNs;
    }
}
