package org.ratenet.conductance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ratenet.api.error.Require;
import org.ratenet.api.result.Provenance;
import org.ratenet.api.result.Warning;
import org.ratenet.api.spec.WeightMatrix;

/**
 * Derives the effective rate network of a {@link ConductanceNetwork}: W by 11.29 (times each entry's
 * multiplicity), W_ext by 11.30, θ by 11.31, θ′ by 11.39, and uniform feedback (11.37) when the network is
 * a single threshold-linear unit. Shunting synapses are reported as warnings.
 */
public final class ConductanceDerivation {

    /** Above this many units W is stored sparse. */
    public static final int DENSE_LIMIT = 2000;

    private final double shuntingFraction;

    public ConductanceDerivation() {
        this(SynapseSign.DEFAULT_SHUNTING_FRACTION);
    }

    /** @param shuntingFraction |V_syn − V_leak − v_θ| ≤ this × |V_syn − V_leak| counts as shunting */
    public ConductanceDerivation(double shuntingFraction) {
        this.shuntingFraction = Require.inClosedRange("shuntingFraction", shuntingFraction, 0, 1, "");
    }

    public DerivedRateNetwork derive(ConductanceNetwork net) {
        int n = net.size();
        int m = net.synapseCount();
        double[] entry = new double[m];
        SynapseSign[] signs = new SynapseSign[m];
        List<Warning> warnings = new ArrayList<>();
        int shunting = 0;
        for (int k = 0; k < m; k++) {
            CellParameters post = net.cell(net.target(k));
            SynapseParameters s = net.synapse(k);
            entry[k] = net.multiplicity(k) * EffectiveParameters.synapticWeight(post, s);
            signs[k] = SynapseSign.classify(s.reversalMv(), post, shuntingFraction);
            if (signs[k] == SynapseSign.SHUNTING && shunting++ < 5) {
                warnings.add(new Warning("shunting-synapse",
                        "|V_syn - V_leak - v_theta| > " + shuntingFraction + " |V_syn - V_leak|",
                        net.labels().get(net.source(k)) + " -> " + net.labels().get(net.target(k)) + ": V_syn = "
                                + s.reversalMv() + " mV, V_leak + v_theta = " + (post.leakReversalMv() + post.thresholdSlopeMv())
                                + " mV; W = " + entry[k] + " pA/Hz hides a conductance of G tau r that changes the gain"));
            }
        }
        if (shunting > 5) {
            warnings.add(new Warning("shunting-synapse", "as above", (shunting - 5) + " more shunting synapse entries"));
        }
        double[] wExt = new double[n];
        double[] theta = new double[n];
        for (int i = 0; i < n; i++) {
            wExt[i] = EffectiveParameters.externalWeight(net.cell(i), net.external(i));
            theta[i] = EffectiveParameters.threshold(net.cell(i));
        }
        WeightMatrix w = n <= DENSE_LIMIT ? dense(net, entry) : sparse(net, entry);
        UniformFeedback feedback = null;
        if (n == 1 && CellParameters.THRESHOLD_LINEAR.equals(net.cell(0).gain())) {
            CellParameters c = net.cell(0);
            feedback = new UniformFeedback(w.rowSum(0), theta[0] - wExt[0] * net.external(0).rateHz(), c.betaHzPerPa(),
                    c.membraneTimeConstantMs());
            if (feedback.nonZeroBranchUnstable()) {
                warnings.add(new Warning("unstable-uniform-feedback", "N beta W0 < 1 for a stable active state (11.37)",
                        "N beta W0 = " + feedback.loopGain() + ": the non-zero fixed point r0 = " + feedback.closedFormRate()
                                + " Hz is unstable in 11.32; only r = 0 is stable"));
            }
        }
        Provenance provenance = new Provenance("conductance", "Kleinfeld, lecture 11: W (11.29), W_ext (11.30), theta (11.31), "
                + "theta' (11.39)", Map.of("units", Integer.toString(n), "synapse entries", Integer.toString(m),
                "shunting fraction", Double.toString(shuntingFraction)));
        return new DerivedRateNetwork(net, w, entry, signs, wExt, theta, feedback, provenance, warnings);
    }

    private static WeightMatrix dense(ConductanceNetwork net, double[] entry) {
        int n = net.size();
        double[] w = new double[n * n];
        for (int k = 0; k < entry.length; k++) {
            w[net.target(k) * n + net.source(k)] += entry[k];
        }
        return new WeightMatrix.Dense(n, n, w);
    }

    /** CSR by target: a counting sort of the entries, order within a row as in the network. */
    private static WeightMatrix sparse(ConductanceNetwork net, double[] entry) {
        int n = net.size();
        int[] rowStart = new int[n + 1];
        for (int k = 0; k < entry.length; k++) {
            rowStart[net.target(k) + 1]++;
        }
        for (int i = 0; i < n; i++) {
            rowStart[i + 1] += rowStart[i];
        }
        int[] fill = rowStart.clone();
        int[] columns = new int[entry.length];
        double[] values = new double[entry.length];
        for (int k = 0; k < entry.length; k++) {
            int at = fill[net.target(k)]++;
            columns[at] = net.source(k);
            values[at] = entry[k];
        }
        return new WeightMatrix.Sparse(n, n, rowStart, columns, values);
    }
}
