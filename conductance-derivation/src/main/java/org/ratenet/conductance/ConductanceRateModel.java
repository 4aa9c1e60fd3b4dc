package org.ratenet.conductance;

/**
 * The rate model in its conductance form (Kleinfeld 11.24–11.27), computed from conductances without
 * the identifications 11.29–11.31: for unit i at presynaptic rates r and external rate r_ext,i,
 * <pre>
 *   I_app,i   = G_ext τ_ext r_ext (V_ext − V_leak) + Σ_k K_k G_k τ_k r_src(k) (V_k − V_leak)   (11.24)
 *   g_syn,i   = G_ext τ_ext r_ext + Σ_k K_k G_k τ_k r_src(k)                                   (11.25)
 *   g_L^total = g_L° + g_syn,i                                                                 (11.26)
 *   input_i   = I_app,i − I_θ° − v_θ g_L^total                                                 (11.27)
 * </pre>
 * It must equal Σ_j W_ij r_j + W_ext,i r_ext,i − θ_i term by term.
 */
public final class ConductanceRateModel {

    private final ConductanceNetwork network;

    public ConductanceRateModel(ConductanceNetwork network) {
        this.network = network;
    }

    /**
     * Fills {@code input}, {@code appliedCurrent} (pA) and {@code totalConductance} (nS), each of length
     * {@code size()}, for rates {@code ratesHz}; allocation free.
     */
    public void evaluate(double[] ratesHz, double[] input, double[] appliedCurrent, double[] totalConductance) {
        int n = network.size();
        for (int i = 0; i < n; i++) {
            CellParameters c = network.cell(i);
            ExternalInput e = network.external(i);
            double gExt = EffectiveParameters.meanConductanceNs(e.conductanceNs(), e.timeConstantMs(), e.rateHz());
            appliedCurrent[i] = gExt * (e.reversalMv() - c.leakReversalMv());
            totalConductance[i] = c.restingLeakNs() + gExt;
        }
        for (int k = 0; k < network.synapseCount(); k++) {
            int i = network.target(k);
            double g = network.multiplicity(k) * EffectiveParameters.meanConductanceNs(network.conductanceNs(k),
                    network.timeConstantMs(k), ratesHz[network.source(k)]);
            appliedCurrent[i] += g * (network.reversalMv(k) - network.cell(i).leakReversalMv());
            totalConductance[i] += g;
        }
        for (int i = 0; i < n; i++) {
            CellParameters c = network.cell(i);
            input[i] = appliedCurrent[i] - c.restingThresholdPa() - c.thresholdSlopeMv() * totalConductance[i];
        }
    }
}
