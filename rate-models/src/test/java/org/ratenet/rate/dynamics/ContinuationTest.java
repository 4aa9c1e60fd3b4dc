package org.ratenet.rate.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Hysteresis in an E–I pair: E excites itself (2 pA/Hz) and I (1 pA/Hz), I inhibits E (−0.6 pA/Hz); sigmoid
 * gains (β = 1 Hz/pA, r_max = 100 Hz), θ = (100, 60) pA, extra input s into E. Folds computed independently
 * (numpy, on a 6e5-point grid of μ_E where ds/dμ_E changes sign): s = 15.995 pA and s = 35.518 pA.
 */
class ContinuationTest {

    private static RateNetwork pair() {
        double[][] w = {{2.0, -0.6}, {1.0, 0.0}};
        return RateDynamicsTest.network(w, new double[] {100, 60}, new double[] {10, 5},
                RateDynamicsTest.sigmoid(1, 100), false);
    }

    @Test
    void theBranchTurnsAtBothFoldsAndIsUnstableBetweenThem() {
        Continuation.Branch branch = new Continuation(0.5, 10_000).trace(pair(), new double[] {1, 0}, -50, 100, new double[2]);
        assertEquals(2, branch.folds().size(), branch.folds().toString());
        assertEquals(35.518, branch.folds().get(0).parameter(), 0.01);
        assertEquals(15.995, branch.folds().get(1).parameter(), 0.01);
        assertEquals(3, branch.crossings(25), "three fixed points inside the bistable range");
        assertEquals(1, branch.crossings(0));
        assertEquals(1, branch.crossings(60));
        // the middle branch (between the folds along the curve) is unstable, the outer ones stable
        int firstFold = -1;
        int secondFold = -1;
        for (int k = 1; k < branch.points().size(); k++) {
            double before = branch.points().get(k - 1).parameter();
            double now = branch.points().get(k).parameter();
            if (firstFold < 0 && now < before) {
                firstFold = k;
            } else if (firstFold >= 0 && secondFold < 0 && now > before) {
                secondFold = k;
            }
        }
        assertTrue(branch.points().get(0).stability().stable());
        assertFalse(branch.points().get((firstFold + secondFold) / 2).stability().stable());
        assertTrue(branch.points().get(branch.points().size() - 1).stability().stable());
    }

    /** Slow sweeps up and down jump between the states at the folds: the hysteresis loop continuation predicts. */
    @Test
    void slowSweepsJumpAtTheFolds() {
        RateNetwork net = pair();
        double[] mu = new double[2];
        double jumpUp = Double.NaN;
        double jumpDown = Double.NaN;
        double previous = 0;
        for (double s = -20; s <= 60; s += 0.5) {
            mu = relax(net, mu, s);
            double rate = net.gain(0).value(mu[0]);
            if (Double.isNaN(jumpUp) && rate - previous > 20) {
                jumpUp = s;
            }
            previous = rate;
        }
        for (double s = 60; s >= -20; s -= 0.5) {
            mu = relax(net, mu, s);
            double rate = net.gain(0).value(mu[0]);
            if (Double.isNaN(jumpDown) && previous - rate > 20) {
                jumpDown = s;
            }
            previous = rate;
        }
        assertTrue(jumpUp > 35.518 && jumpUp <= 36.018, "jump up at " + jumpUp);
        assertTrue(jumpDown < 15.995 && jumpDown >= 15.495, "jump down at " + jumpDown);
    }

    /** Exponential-Euler relaxation for 3 s with the extra input s into E, from the previous state. */
    private static double[] relax(RateNetwork net, double[] start, double s) {
        double[] mu = start.clone();
        RateWork work = new RateWork(2);
        double[] in = new double[2];
        double dt = 0.1;
        for (int step = 0; step < 30_000; step++) {
            net.input(step * dt, mu, in, work);
            in[0] += s;
            for (int i = 0; i < 2; i++) {
                double decay = Math.exp(-dt / net.tauMs(i));
                mu[i] = decay * mu[i] + (1 - decay) * in[i];
            }
        }
        return mu;
    }
}
