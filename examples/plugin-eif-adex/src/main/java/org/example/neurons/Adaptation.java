package org.example.neurons;

import org.ratenet.api.error.Require;

/**
 * The adaptation current of the AdEx neuron (Brette and Gerstner 2005, J. Neurophysiol. 94:3637, eqs. 1–2):
 * τ_w dw/dt = a (V − E_L) − w, and w ← w + b at each spike; w (pA) is subtracted from the membrane current.
 */
public record Adaptation(double subthresholdNs, double spikeTriggeredPa, double tauMs) {

    public Adaptation {
        Require.nonNegative("a", subthresholdNs, "nS");
        Require.nonNegative("b", spikeTriggeredPa, "pA");
        Require.positive("tau_w", tauMs, "ms");
    }
}
