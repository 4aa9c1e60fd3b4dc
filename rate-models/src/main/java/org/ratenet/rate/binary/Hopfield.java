package org.ratenet.rate.binary;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;
import org.ratenet.api.spec.WeightMatrix;

/**
 * Hebbian storage of ±1 patterns ξ^μ (Hopfield 1982): W_ij = (1/N) Σ_μ ξ_i^μ ξ_j^μ with W_ii = 0. At load
 * α = P/N well below the capacity ≈ 0.138 (Amit, Gutfreund and Sompolinsky 1985) the patterns are attractors.
 */
public final class Hopfield {

    private Hopfield() {
    }

    public static WeightMatrix store(double[][] patterns) {
        int p = Require.atLeast("patterns", patterns.length, 1);
        int n = patterns[0].length;
        double[] w = new double[n * n];
        for (double[] xi : patterns) {
            if (xi.length != n) {
                throw new InvalidParameterException("pattern length", xi.length, "= " + n);
            }
            for (int i = 0; i < n; i++) {
                if (xi[i] != 1 && xi[i] != -1) {
                    throw new InvalidParameterException("pattern entry", xi[i], "+1 or -1");
                }
                for (int j = 0; j < n; j++) {
                    if (i != j) {
                        w[i * n + j] += xi[i] * xi[j] / n;
                    }
                }
            }
        }
        return new WeightMatrix.Dense(n, n, w);
    }

    /** The overlap m = (1/N) Σ ξ_i s_i of a state with a pattern, in [−1, 1]. */
    public static double overlap(double[] state, double[] pattern) {
        double m = 0;
        for (int i = 0; i < state.length; i++) {
            m += state[i] * pattern[i];
        }
        return m / state.length;
    }
}
