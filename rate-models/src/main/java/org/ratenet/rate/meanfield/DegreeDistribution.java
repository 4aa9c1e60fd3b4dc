package org.ratenet.rate.meanfield;

import org.apache.commons.math3.distribution.IntegerDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.rng.UniformRandomProvider;
import org.ratenet.api.error.Require;

/**
 * A distribution of in-degrees to sample neurons from, for {@link HeterogeneousMeanField}: any Commons Math
 * integer distribution, or a continuous one (log-normal, Pareto for a power law, ...) rounded to the
 * nearest whole number >= 0. Sampling is by inversion of a uniform number from the caller's seeded stream.
 */
@FunctionalInterface
public interface DegreeDistribution {

    int sample(UniformRandomProvider random);

    static DegreeDistribution fixed(int k) {
        Require.atLeast("k", k, 0);
        return random -> k;
    }

    static DegreeDistribution of(IntegerDistribution distribution) {
        return random -> Math.max(0, distribution.inverseCumulativeProbability(uniformOpen(random)));
    }

    static DegreeDistribution rounded(RealDistribution distribution) {
        return random -> (int) Math.max(0, Math.min(Integer.MAX_VALUE,
                Math.round(distribution.inverseCumulativeProbability(uniformOpen(random)))));
    }

    /** A uniform number in (0, 1). */
    private static double uniformOpen(UniformRandomProvider random) {
        double u;
        do {
            u = random.nextDouble();
        } while (u == 0);
        return u;
    }
}
