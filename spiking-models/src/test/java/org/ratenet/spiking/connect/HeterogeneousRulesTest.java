package org.ratenet.spiking.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.param.ParameterSet;

class HeterogeneousRulesTest {

    /**
     * Log-normal in-degrees of mean 100 and sd 30 over 2000 targets: the sample mean lies within 4.4 standard errors
     * (30/√2000; false failure 1e-5) of 100, the sample sd within 15 % of 30, and the mean field's sampleInDegree draws
     * the same law (its sample mean within the same bound).
     */
    @Test
    void inDegreesFollowTheGivenDistribution() {
        InDegreeDistribution rule = new InDegreeDistribution("lognormal", 100, 30, true, true);
        int[] degree = new int[2000];
        rule.connect(1000, 2000, false, RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {1, 2}), (s, t) -> degree[t]++);
        double mean = java.util.Arrays.stream(degree).average().orElseThrow();
        double sd = Math.sqrt(java.util.Arrays.stream(degree).mapToDouble(k -> (k - mean) * (k - mean)).sum() / 1999);
        assertEquals(100, mean, 4.4 * 30 / Math.sqrt(2000));
        assertEquals(30, sd, 0.15 * 30);
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {3, 4});
        double sampled = 0;
        for (int i = 0; i < 2000; i++) {
            sampled += rule.sampleInDegree(1000, 2000, false, random);
        }
        assertEquals(100, sampled / 2000, 4.4 * 30 / Math.sqrt(2000));
        int[] capped = new int[50];
        new InDegreeDistribution("poisson", 40, 0, false, false).connect(30, 50, false,
                RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {5, 6}), (s, t) -> capped[t]++);
        assertTrue(java.util.Arrays.stream(capped).allMatch(k -> k <= 30), "without multapses a target has at most 30 sources");
    }

    /**
     * Connections by distance against the kernel: pairs binned by periodic distance into 10 bins; per bin the count of
     * connections O, its expectation E = Σ p and variance V = Σ p(1 − p) (independent Bernoulli pairs); Σ (O − E)²/V
     * is χ² with 10 degrees of freedom, below 41.3 with probability 1 − 1e-5.
     */
    private static void assertKernel(DistanceDependent rule, int n, long seed) {
        double maxDistance = rule.geometry().equals("ring") ? 0.5 : Math.sqrt(0.5);
        double[] observed = new double[10];
        double[] expected = new double[10];
        double[] variance = new double[10];
        boolean[][] connected = new boolean[n][n];
        rule.connect(n, n, true, RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {seed, 9}), (s, t) -> connected[t][s] = true);
        for (int t = 0; t < n; t++) {
            for (int s = 0; s < n; s++) {
                if (s == t) {
                    continue;
                }
                int bin = Math.min(9, (int) (rule.distance(s, n, t, n) / maxDistance * 10));
                double p = rule.probability(s, n, t, n);
                expected[bin] += p;
                variance[bin] += p * (1 - p);
                observed[bin] += connected[t][s] ? 1 : 0;
            }
        }
        double chi2 = 0;
        for (int b = 0; b < 10; b++) {
            if (variance[b] > 0) {
                chi2 += (observed[b] - expected[b]) * (observed[b] - expected[b]) / variance[b];
            }
        }
        assertTrue(chi2 < 41.3, rule + ": chi2 = " + chi2);
    }

    @Test
    void connectionProbabilityFollowsTheDistanceKernel() {
        assertKernel(new DistanceDependent("ring", "exponential", 0.9, 0.05, false), 300, 1);
        assertKernel(new DistanceDependent("grid", "gaussian", 0.5, 0.1, false), 400, 2);
    }

    @Test
    void aGridNeedsSquarePopulationsAndTheKindsResolveByName() {
        assertEquals("population size", assertThrows(InvalidParameterException.class,
                () -> new DistanceDependent("grid", "gaussian", 0.5, 0.1, false).checkSizes(399, 400, false)).parameter());
        Ratenet ratenet = Ratenet.create();
        assertEquals(new DistanceDependent("ring", "exponential", 0.2, 0.1, true), ratenet.connectivityRules().get("distance_dependent")
                .build(ParameterSet.builder().put("geometry", "ring").put("p0", 0.2).put("width", 0.1).build()));
        assertEquals(new InDegreeDistribution("gamma", 50, 10, true, true), ratenet.connectivityRules().get("indegree_distribution")
                .build(ParameterSet.builder().put("distribution", "gamma").put("mean", 50).put("sd", 10).build()));
    }
}
