package org.ratenet.validation;

import org.apache.commons.math3.distribution.TDistribution;
import org.ratenet.api.error.Require;

/**
 * The mean of a stationary quantity from n batch means (blocks of a run, several seeds) and its confidence interval from
 * their spread: half-width t_{n−1}(1 − α/2) s/√n. Blocks much longer than the correlation time are nearly independent,
 * which is the assumption (for asynchronous irregular activity, correlation times are a few ms; blocks here are 100 ms).
 *
 * @param mean the grand mean
 * @param standardError s/√n
 * @param batches n
 */
public record BatchMeans(double mean, double standardError, int batches) {

    public BatchMeans {
        Require.atLeast("batches", batches, 2);
    }

    public static BatchMeans of(double[] batchMeans) {
        int n = batchMeans.length;
        double m = 0;
        for (double x : batchMeans) {
            m += x;
        }
        m /= n;
        double ss = 0;
        for (double x : batchMeans) {
            ss += (x - m) * (x - m);
        }
        return new BatchMeans(m, Math.sqrt(ss / (n - 1) / n), n);
    }

    /** The half-width of the two-sided confidence interval with false-failure (type I) rate α. */
    public double halfWidth(double alpha) {
        Require.inClosedRange("alpha", alpha, 1e-15, 0.5, "");
        return new TDistribution(batches - 1).inverseCumulativeProbability(1 - alpha / 2) * standardError;
    }
}
