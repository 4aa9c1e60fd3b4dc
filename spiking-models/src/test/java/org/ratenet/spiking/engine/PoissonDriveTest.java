package org.ratenet.spiking.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;

/**
 * The drive's counts are Poisson: 200,000 draws (1000 neurons × 200 steps) per mean λ, Pearson's χ² over the counts
 * with expectation ≥ 5 (the tail pooled) below the χ² quantile 1 − 1e-5 for those degrees of freedom; the mean within
 * 4.4 standard errors. λ = 0.05 (a quiet step), 2 (Brunel A's 20 kHz at dt 0.1 ms), 30 and 700 (a big dt).
 */
class PoissonDriveTest {

    @Test
    void countsFollowThePoissonLaw() {
        for (double lambda : new double[] {0.05, 2, 30, 700}) {
            int neurons = 1000;
            int steps = 200;
            PoissonDrive drive = new PoissonDrive(lambda, 1, 0, 99, 0, neurons);
            PoissonDistribution law = new PoissonDistribution(null, lambda, 1e-12, 10_000_000);
            int max = (int) (lambda + 20 * Math.sqrt(lambda) + 30);
            long[] counts = new long[max + 1];
            double sum = 0;
            for (int s = 0; s < steps; s++) {
                for (int i = 0; i < neurons; i++) {
                    int k = drive.count(i);
                    counts[Math.min(k, max)]++;
                    sum += k;
                }
            }
            double n = (double) neurons * steps;
            assertEquals(lambda, sum / n, 4.4 * Math.sqrt(lambda / n), "mean at lambda " + lambda);
            double chi2 = 0;
            int cells = 0;
            double pooledObserved = 0;
            double pooledExpected = 0;
            for (int k = 0; k <= max; k++) {
                pooledObserved += counts[k];
                pooledExpected += n * (k == max ? 1 - law.cumulativeProbability(max - 1) : law.probability(k));
                if (pooledExpected >= 5) {
                    chi2 += (pooledObserved - pooledExpected) * (pooledObserved - pooledExpected) / pooledExpected;
                    cells++;
                    pooledObserved = 0;
                    pooledExpected = 0;
                }
            }
            if (pooledExpected > 0) { // the remaining tail joins the last cell's statistic as its own cell
                chi2 += (pooledObserved - pooledExpected) * (pooledObserved - pooledExpected) / pooledExpected;
                cells++;
            }
            double limit = new ChiSquaredDistribution(null, cells - 1).inverseCumulativeProbability(1 - 1e-5);
            assertTrue(chi2 < limit, "lambda " + lambda + ": chi2 " + chi2 + " over " + cells + " cells, limit " + limit);
        }
    }

    @Test
    void aDriveAddsCountTimesJumpIntoItsSlot() {
        PoissonDrive a = new PoissonDrive(2, 0.1, 0, 7, 0, 100);
        PoissonDrive b = new PoissonDrive(2, 0.1, 0, 7, 0, 100);
        double[] input = new double[150];
        a.add(0, 100, input, 50);
        for (int i = 0; i < 100; i++) {
            assertEquals(b.count(i) * 0.1, input[50 + i], 0, "neuron " + i);
        }
        for (int i = 0; i < 50; i++) {
            assertEquals(0, input[i], 0);
        }
    }
}
