package org.ratenet.api.result;

import java.util.List;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;
import org.ratenet.api.units.Dimension;

/**
 * Count, mean, standard deviation, range, quantiles (at {@link #QUANTILE_LEVELS}) and a histogram ({@link #HISTOGRAM_BINS}
 * equal bins from min to max, the last one closed) of the weights of one projection, in the weight's unit.
 */
public record WeightSummary(String projection, long count, double mean, double standardDeviation, double min,
                            double max, double[] quantiles, long[] histogram, Dimension unit, Provenance provenance, List<Warning> warnings)
        implements Result {

    /** The number of equal bins of {@link #histogram} between {@link #min} and {@link #max}. */
    public static final int HISTOGRAM_BINS = 20;

    /** The levels of {@link #quantiles}: 5, 25, 50, 75 and 95 %. */
    public static final double[] QUANTILE_LEVELS = {0.05, 0.25, 0.5, 0.75, 0.95};

    public WeightSummary {
        Require.nonNull("projection", projection);
        if (count < 0) {
            throw new InvalidParameterException("count", count, ">= 0");
        }
        Require.nonNegative("standardDeviation", standardDeviation, unit.canonicalSymbol());
        if (count > 0 && !(min <= mean && mean <= max)) {
            throw new InvalidParameterException("mean", mean, "in [min, max] = [" + min + ", " + max + "]");
        }
        Require.nonNull("provenance", provenance);
        if (quantiles.length != QUANTILE_LEVELS.length) {
            throw new InvalidParameterException("quantiles", quantiles.length, QUANTILE_LEVELS.length + " values");
        }
        quantiles = quantiles.clone();
        if (histogram.length != HISTOGRAM_BINS) {
            throw new InvalidParameterException("histogram", histogram.length, HISTOGRAM_BINS + " bins");
        }
        histogram = histogram.clone();
        warnings = List.copyOf(warnings);
    }

    /** Summarises an array of weights (population standard deviation; quantiles of the sorted values, nearest rank). */
    public static WeightSummary of(String projection, double[] weights, Dimension unit, Provenance provenance, List<Warning> warnings) {
        int n = weights.length;
        double[] sorted = weights.clone();
        java.util.Arrays.sort(sorted);
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double mean = n == 0 ? 0 : sum / n;
        double squares = 0;
        for (double w : weights) {
            squares += (w - mean) * (w - mean);
        }
        double[] q = new double[QUANTILE_LEVELS.length];
        for (int k = 0; k < q.length; k++) {
            int rank = Math.max(1, (int) Math.ceil(QUANTILE_LEVELS[k] * n)); // nearest rank
            q[k] = n == 0 ? 0 : sorted[Math.min(n, rank) - 1];
        }
        long[] histogram = new long[HISTOGRAM_BINS];
        double lo = n == 0 ? 0 : sorted[0];
        double width = n == 0 ? 0 : (sorted[n - 1] - lo) / HISTOGRAM_BINS;
        for (double w : weights) { // all in bin 0 when every weight is equal
            histogram[width > 0 ? Math.min(HISTOGRAM_BINS - 1, (int) ((w - lo) / width)) : 0]++;
        }
        return new WeightSummary(projection, n, mean, n == 0 ? 0 : Math.sqrt(squares / n), lo, n == 0 ? 0 : sorted[n - 1], q, histogram,
                unit, provenance, warnings);
    }
}
