package org.ratenet.validation.suites;

import java.util.SplittableRandom;

import org.ratenet.api.spec.WeightMatrix;
import org.ratenet.conductance.BinaryNetwork;
import org.ratenet.validation.CaseOutcome;

/**
 * The rate ↔ binary identity of one network (Kleinfeld 11.38–11.39): 0/1 units with thresholds θ and ±1 units with
 * θ′ = 2θ − Σ_j W_ij − W_ext,i, started in corresponding states and updated in the same random sequential order,
 * must be in corresponding states (S = 2s − 1) after every sweep.
 */
final class BinaryForms {

    private BinaryForms() {
    }

    static CaseOutcome compare(WeightMatrix w, double[] wExt, double[] theta, long seed, String label) {
        int n = theta.length;
        double[] thetaPrime = BinaryNetwork.plusMinusThresholds(w, wExt, theta);
        SplittableRandom random = new SplittableRandom(seed);
        double[] s01 = new double[n];
        double[] ext01 = new double[n];
        double[] spm = new double[n];
        double[] extPm = new double[n];
        for (int i = 0; i < n; i++) {
            s01[i] = random.nextBoolean() ? 1 : 0;
            ext01[i] = random.nextBoolean() ? 1 : 0;
            spm[i] = 2 * s01[i] - 1;
            extPm[i] = 2 * ext01[i] - 1;
        }
        int sweeps = n > 200 ? 2 : 20;
        for (int sweep = 0; sweep < sweeps; sweep++) {
            int[] order = random.ints(Math.min(n, 400), 0, n).toArray(); // random sequential, with repeats
            BinaryNetwork.updateZeroOne(w, wExt, ext01, theta, order, s01);
            BinaryNetwork.updatePlusMinus(w, wExt, extPm, thetaPrime, order, spm);
            for (int i = 0; i < n; i++) {
                if (2 * s01[i] - 1 != spm[i]) {
                    return CaseOutcome.of(false, 1, label + ": unit " + i + " differs after sweep " + sweep);
                }
            }
        }
        return CaseOutcome.of(true, 0, label + ": " + sweeps + " sweeps identical");
    }
}
