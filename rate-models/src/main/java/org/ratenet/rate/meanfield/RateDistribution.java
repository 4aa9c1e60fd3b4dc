package org.ratenet.rate.meanfield;

import java.util.Arrays;

/**
 * The distribution of firing rates across the neurons of a population: mean, standard deviation,
 * quantiles at {@link #LEVELS} and a histogram of {@code counts.length} equal bins over [min, max].
 */
public record RateDistribution(double meanHz, double standardDeviationHz, double[] quantilesHz, double[] binEdgesHz,
                               long[] counts) {

    /** The quantile levels reported: 5 %, 25 %, 50 %, 75 %, 95 %. */
    public static final double[] LEVELS = {0.05, 0.25, 0.5, 0.75, 0.95};

    /** From sampled neuron rates (linear interpolation between order statistics), with {@code bins} bins. */
    public static RateDistribution of(double[] rates, int bins) {
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double mean = Arrays.stream(sorted).sum() / n;
        double var = 0;
        for (double r : sorted) {
            var += (r - mean) * (r - mean);
        }
        double[] q = new double[LEVELS.length];
        for (int k = 0; k < LEVELS.length; k++) {
            double pos = LEVELS[k] * (n - 1);
            int lo = (int) Math.floor(pos);
            int hi = Math.min(n - 1, lo + 1);
            q[k] = sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
        }
        double min = sorted[0];
        double max = sorted[n - 1];
        double[] edges = new double[bins + 1];
        long[] counts = new long[bins];
        for (int k = 0; k <= bins; k++) {
            edges[k] = min + (max - min) * k / bins;
        }
        for (double r : sorted) {
            int k = max > min ? (int) ((r - min) / (max - min) * bins) : 0;
            counts[Math.min(k, bins - 1)]++;
        }
        return new RateDistribution(mean, Math.sqrt(var / n), q, edges, counts);
    }
}
