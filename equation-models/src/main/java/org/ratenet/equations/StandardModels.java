package org.ratenet.equations;

/**
 * Definitions of standard neurons as equations, ready to use or to copy into a file: the built-in LIF written out (same
 * parameter names and initial state, so a file written for {@code lif} runs unchanged with it), the EIF and the AdEx.
 */
public final class StandardModels {

    private StandardModels() {
    }

    /**
     * The LIF of the built-in {@code lif} model: dV/dt = (E_L − V)/τ_m + I_syn/C_m, spike at V >= V_th, reset to V_reset,
     * refractory t_ref; initial V uniform in [V_reset, V_th) as the built-in's. Integrated exactly with current input,
     * by exponential Euler (exact for conductances held over the step) with conductance input.
     */
    public static ModelDefinition lif(String name) {
        return ModelDefinition.builder(name)
                .equations("dV/dt = (E_L - V)/tau_m + I_syn/C_m : mV")
                .threshold("V >= V_th").reset("V = V_reset").refractory("t_ref")
                .initial("V", "V_reset + (V_th - V_reset)*rand()")
                .parameter("tau_m", "20 ms").parameter("C_m", "250 pF").parameter("E_L", "0 mV").parameter("V_th", "20 mV")
                .parameter("V_reset", "10 mV").parameter("t_ref", "2 ms").build();
    }

    /**
     * The exponential integrate-and-fire neuron (Fourcaud-Trocmé et al. 2003, J. Neurosci. 23:11628, eq. 1) with their
     * parameters: C_m 200 pF, g_L 10 nS, E_L −65 mV, V_T −50 mV, Δ_T 2 mV, cut at V_peak −40 mV, reset −60 mV, t_ref 2 ms.
     */
    public static ModelDefinition eif(String name) {
        return ModelDefinition.builder(name)
                .equations("dV/dt = (-g_L*(V - E_L) + g_L*Delta_T*exp((V - V_T)/Delta_T) + I_syn)/C_m : mV")
                .threshold("V > V_peak").reset("V = V_reset").refractory("t_ref")
                .initial("V", "V_reset + (V_T - V_reset)*rand()")
                .parameter("C_m", "200 pF").parameter("g_L", "10 nS").parameter("E_L", "-65 mV").parameter("V_T", "-50 mV")
                .parameter("Delta_T", "2 mV").parameter("V_peak", "-40 mV").parameter("V_reset", "-60 mV").parameter("t_ref", "2 ms").build();
    }

    /**
     * The adaptive exponential integrate-and-fire neuron (Brette and Gerstner 2005, J. Neurophysiol. 94:3637, eqs. 1–2),
     * with the "adaptation" parameters of Naud et al. (2008, Biol. Cybern. 99:335, Table 1) and its spike cut at 0 mV.
     */
    public static ModelDefinition adex(String name) {
        return ModelDefinition.builder(name)
                .equations("dV/dt = (-g_L*(V - E_L) + g_L*Delta_T*exp((V - V_T)/Delta_T) - w + I_syn)/C_m : mV\n"
                        + "dw/dt = (a*(V - E_L) - w)/tau_w : pA")
                .threshold("V > V_peak").reset("V = V_r; w += b")
                .initial("V", "E_L")
                .parameter("C_m", "200 pF").parameter("g_L", "12 nS").parameter("E_L", "-70 mV").parameter("V_T", "-50 mV")
                .parameter("Delta_T", "2 mV").parameter("a", "2 nS").parameter("tau_w", "300 ms").parameter("b", "60 pA")
                .parameter("V_r", "-58 mV").parameter("V_peak", "0 mV").build();
    }
}
