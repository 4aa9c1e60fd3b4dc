package org.ratenet.api.neuron;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;

/**
 * Parameters of the leaky integrate-and-fire neuron, τ_m dV/dt = −(V − E_L) + R I(t), with
 * R = τ_m / C_m; a spike when V reaches V_th, then V = V_reset for t_ref (Brunel 2000, section 2).
 *
 * @param tauMs membrane time constant τ_m (ms), > 0
 * @param capacitancePf membrane capacitance C_m (pF), > 0; only current and conductance synapses use it
 * @param restingMv leak reversal (resting) potential E_L (mV)
 * @param thresholdMv spike threshold V_th (mV), > V_reset
 * @param resetMv reset potential V_reset (mV)
 * @param refractoryMs absolute refractory period t_ref (ms), >= 0
 */
public record LifParameters(double tauMs, double capacitancePf, double restingMv, double thresholdMv,
                            double resetMv, double refractoryMs) {

    public LifParameters {
        Require.positive("tau_m", tauMs, "ms");
        Require.positive("C_m", capacitancePf, "pF");
        Require.finite("E_L", restingMv, "mV");
        Require.finite("V_th", thresholdMv, "mV");
        Require.finite("V_reset", resetMv, "mV");
        Require.nonNegative("t_ref", refractoryMs, "ms");
        if (!(resetMv < thresholdMv)) {
            throw new InvalidParameterException("V_reset", Require.format(resetMv) + " mV",
                    "< V_th = " + Require.format(thresholdMv) + " mV");
        }
    }

    /** The leak conductance g_L = C_m / τ_m in nS. */
    public double leakConductanceNs() {
        return capacitancePf / tauMs;
    }
}
