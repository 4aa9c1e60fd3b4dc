package org.ratenet.spiking.engine;

import org.apache.commons.rng.UniformRandomProvider;
import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;

/**
 * Poisson counts of mean λ by inversion with a guide table (Devroye 1986, ch. III.2.4; Chen and Asau 1974): the
 * cumulative probabilities are tabulated once, and a uniform u starts its search at guide[⌊u m⌋], so a draw costs
 * one uniform number and about one comparison. Exact up to the tail beyond 1 − 1e-16 of the distribution.
 */
public final class PoissonGuideTable {

    private final double[] cumulative;
    private final int[] guide;

    public PoissonGuideTable(double mean) {
        Require.nonNegative("mean", mean, "");
        if (mean > 1000) {
            throw new InvalidParameterException("mean", mean, "<= 1000 per draw (use a shorter dt)");
        }
        int kMax = (int) Math.ceil(mean + 12 * Math.sqrt(mean) + 20);
        cumulative = new double[kMax + 1];
        double p = Math.exp(-mean);
        double sum = 0;
        for (int k = 0; k <= kMax; k++) {
            sum += p;
            cumulative[k] = sum;
            p *= mean / (k + 1);
        }
        cumulative[kMax] = 1; // the remaining tail (< 1e-16) goes to the last count
        int m = Math.max(16, 2 * kMax);
        guide = new int[m];
        int k = 0;
        for (int j = 0; j < m; j++) {
            while (cumulative[k] < (double) j / m) {
                k++;
            }
            guide[j] = k;
        }
    }

    /** One count, from one uniform number of {@code random}. */
    public int sample(UniformRandomProvider random) {
        return sample(random.nextDouble());
    }

    /** The count of the uniform number u in [0, 1). */
    public int sample(double u) {
        int k = guide[(int) (u * guide.length)];
        while (cumulative[k] <= u) {
            k++;
        }
        return k;
    }
}
