package org.ratenet.plasticity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class RateRuleTest {

    private static final double BIG = 1e9;

    /** Hebb with decay at fixed rates relaxes to w* = η ν_pre ν_post / γ. */
    @Test
    void hebbWithDecaySettlesAtItsFixedPoint() {
        RateRule hebb = new RateRule("hebb", 1e-5, 0.01, 0, 0, -BIG, BIG);
        double w = 0;
        for (int k = 0; k < 200_000; k++) { // 2000 ms at dt 0.01 ms, 20 time constants
            w += 0.01 * hebb.drift(8, 12, w, 0);
        }
        assertEquals(1e-5 * 8 * 12 / 0.01, w, 1e-9);
        assertEquals(0, hebb.expectedDrift(8, 12, 1e-5 * 8 * 12 / 0.01), 1e-15);
    }

    /**
     * Oja (1982): a linear unit y = w·x driven by zero-mean Gaussian inputs of covariance C learns the unit principal
     * eigenvector of C: after 400,000 samples at η = 2e-4, |w| = 1 ± 0.02 and |cos(w, e₁)| > 0.999 (e₁ from Commons
     * Math's eigen decomposition), from a random start, for three seeds.
     */
    @Test
    void ojaFindsTheUnitPrincipalEigenvector() {
        RealMatrix c = new Array2DRowRealMatrix(new double[][] {{3, 1, 0.5}, {1, 2, 0.3}, {0.5, 0.3, 1}});
        RealVector e1 = new EigenDecomposition(c).getEigenvector(0);
        RealMatrix l = new CholeskyDecomposition(c).getL();
        RateRule oja = new RateRule("oja", 2e-4, 0, 0, 0, -BIG, BIG);
        for (long seed = 1; seed <= 3; seed++) {
            NormalizedGaussianSampler normal = ZigguratSampler.NormalizedGaussian.of(RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
            double[] w = {normal.sample(), normal.sample(), normal.sample()};
            double[] z = new double[3];
            for (int k = 0; k < 400_000; k++) {
                for (int j = 0; j < 3; j++) {
                    z[j] = normal.sample();
                }
                double[] x = l.operate(z);
                double y = w[0] * x[0] + w[1] * x[1] + w[2] * x[2];
                for (int j = 0; j < 3; j++) {
                    w[j] += oja.drift(x[j], y, w[j], 0);
                }
            }
            double norm = Math.sqrt(w[0] * w[0] + w[1] * w[1] + w[2] * w[2]);
            double cos = (w[0] * e1.getEntry(0) + w[1] * e1.getEntry(1) + w[2] * e1.getEntry(2)) / norm;
            assertEquals(1, norm, 0.02, "seed " + seed);
            assertTrue(Math.abs(cos) > 0.999, "seed " + seed + ": cos " + cos);
        }
    }

    /** BCM with its sliding threshold: a unit y = w x with one input settles at ν₀ from above and from below. */
    @Test
    void bcmSettlesAtTheTargetRate() {
        RateRule bcm = new RateRule("bcm", 1e-6, 0, 10, 50, 0, BIG);
        for (double w0 : new double[] {0.3, 3}) {
            double w = w0;
            double theta = 0;
            double x = 20;
            for (int k = 0; k < 2_000_000; k++) { // 20 s at dt 0.01 ms
                double y = w * x;
                double dw = bcm.drift(x, y, w, theta);
                theta += 0.01 * bcm.thresholdDrift(y, theta);
                w = bcm.clip(w + 0.01 * dw);
            }
            assertEquals(10, w * x, 1e-3, "from w = " + w0);
        }
        assertEquals(0, bcm.expectedDrift(20, 10, 0.5), 1e-15);
        assertTrue(bcm.expectedDrift(20, 5, 0.25) > 0 && bcm.expectedDrift(20, 15, 0.75) < 0);
    }

    @Test
    void theCovarianceRuleGrowsWithCorrelatedFluctuationsOnly() {
        RateRule cov = new RateRule("covariance", 1e-3, 0, 0, 100, -BIG, BIG);
        assertTrue(cov.covarianceDrift(12, 12, 10, 10) > 0);
        assertTrue(cov.covarianceDrift(8, 12, 10, 10) < 0);
        assertEquals(0, cov.expectedDrift(10, 10, 0.5), 0);
    }
}
