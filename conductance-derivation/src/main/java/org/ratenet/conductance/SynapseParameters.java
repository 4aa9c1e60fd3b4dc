package org.ratenet.conductance;

import org.ratenet.api.error.Require;

/**
 * A conductance synapse (eq. 11.10): each presynaptic spike raises g_syn by G, which decays with τ_syn;
 * the current is g_syn (V_syn − V).
 *
 * @param conductanceNs G_syn (nS), >= 0
 * @param timeConstantMs τ_syn (ms), > 0
 * @param reversalMv V_syn, the reversal potential (mV)
 */
public record SynapseParameters(double conductanceNs, double timeConstantMs, double reversalMv) {

    public SynapseParameters {
        Require.nonNegative("G_syn", conductanceNs, "nS");
        Require.positive("tau_syn", timeConstantMs, "ms");
        Require.finite("V_syn", reversalMv, "mV");
    }
}
