package org.ratenet.conductance;

import org.ratenet.api.spec.WeightMatrix;

/**
 * Binary neurons (Kleinfeld 11.38–11.39). In the 0/1 form s_i ← H[Σ_j W_ij s_j + W_ext s_ext − θ_i];
 * in the ±1 form S_i ← sgn[Σ_j W_ij S_j + W_ext S_ext − θ′_i] with θ′_i = 2θ_i − Σ_j W_ij − W_ext (11.39).
 * With S = 2s − 1 the ±1 field is exactly twice the 0/1 field, so both give the same trajectory for the
 * same update order. A field of exactly 0 counts as "off" (0, or −1) in both forms.
 */
public final class BinaryNetwork {

    private BinaryNetwork() {
    }

    /** θ′_i = 2θ_i − Σ_j W_ij − W_ext,i (11.39). */
    public static double[] plusMinusThresholds(WeightMatrix w, double[] externalWeights, double[] thresholds) {
        double[] t = new double[thresholds.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = 2 * thresholds[i] - w.rowSum(i) - externalWeights[i];
        }
        return t;
    }

    /**
     * Asynchronous 0/1 update of the units in {@code order}, each seeing the states updated before it;
     * {@code state} and {@code external} hold 0 or 1.
     */
    public static void updateZeroOne(WeightMatrix w, double[] externalWeights, double[] external, double[] thresholds,
                                     int[] order, double[] state) {
        for (int i : order) {
            double h = field(w, i, state) + externalWeights[i] * external[i] - thresholds[i];
            state[i] = h > 0 ? 1 : 0;
        }
    }

    /** Asynchronous ±1 update (11.38); {@code state} and {@code external} hold −1 or +1. */
    public static void updatePlusMinus(WeightMatrix w, double[] externalWeights, double[] external, double[] thetaPrime,
                                       int[] order, double[] state) {
        for (int i : order) {
            double h = field(w, i, state) + externalWeights[i] * external[i] - thetaPrime[i];
            state[i] = h > 0 ? 1 : -1;
        }
    }

    private static double field(WeightMatrix w, int i, double[] state) {
        double s = 0;
        for (int j = 0; j < w.columns(); j++) {
            s += w.get(i, j) * state[j];
        }
        return s;
    }
}
