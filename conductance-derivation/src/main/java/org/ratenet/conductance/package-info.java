/**
 * The conductance level (Kleinfeld, lecture 11, eqs. 11.2–11.39): from conductance-based cell parameters
 * (C_m, g_L°, V_leak, v_θ, I_θ°, gain and β), synapses (G_syn, τ_syn, V_syn) and external input (G_ext,
 * τ_ext, V_ext), the effective rate network: weights W (11.29), external weights W_ext (11.30), thresholds θ
 * (11.31), binary thresholds θ′ (11.39), with the equation, inputs and value of every number; the
 * conductance-form rate model (11.24–11.27) it must equal; uniform feedback (11.34–11.37); and the inverse
 * design from target weights back to conductances.
 *
 * <p>Units: W = G τ ΔV in nS·ms·mV = fC is reported in pA/Hz (× 10⁻³), so Σ W r with r in Hz is in pA.
 */
package org.ratenet.conductance;
