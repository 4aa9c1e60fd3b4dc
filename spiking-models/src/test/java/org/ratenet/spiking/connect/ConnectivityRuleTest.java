package org.ratenet.spiking.connect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.model.ConnectivityRule;
import org.ratenet.api.param.ParameterSet;

class ConnectivityRuleTest {

    /** Connections as (source, target) pairs in drawing order. */
    private static List<long[]> draw(ConnectivityRule rule, int sources, int targets, boolean same, long seed) {
        List<long[]> pairs = new ArrayList<>();
        rule.connect(sources, targets, same, RandomSource.SPLIT_MIX_64.create(seed), (s, t) -> pairs.add(new long[] {s, t}));
        return pairs;
    }

    @Test
    void fixedInDegreeGivesEveryTargetExactlyKDistinctNonSelfSources() {
        qt().forAll(integers().between(2, 300), integers().between(0, 1 << 20), longs().all(), booleans().all())
                .checkAssert((n, r, seed, multapses) -> {
                    int k = 1 + r % (n - 1);
                    FixedInDegree rule = new FixedInDegree(k, false, multapses);
                    int[] inDegree = new int[n];
                    Set<Long> seen = new HashSet<>();
                    for (long[] c : draw(rule, n, n, true, seed)) {
                        assertTrue(c[0] != c[1], "autapse");
                        assertTrue(c[0] >= 0 && c[0] < n);
                        inDegree[(int) c[1]]++;
                        if (!multapses) {
                            assertTrue(seen.add(c[0] << 32 | c[1]), "multapse");
                        }
                    }
                    for (int d : inDegree) {
                        assertEquals(k, d);
                    }
                });
    }

    @Test
    void fixedOutDegreeGivesEverySourceExactlyKTargets() {
        qt().forAll(integers().between(1, 200), integers().between(0, 1 << 20), longs().all())
                .checkAssert((n, r, seed) -> {
                    int k = 1 + r % n;
                    int[] out = new int[n];
                    draw(new FixedOutDegree(k, true, false), n, n, false, seed).forEach(c -> out[(int) c[0]]++);
                    for (int d : out) {
                        assertEquals(k, d);
                    }
                });
    }

    @Test
    void theSameSeedGivesTheSameConnections() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            for (ConnectivityRule rule : List.of(new FixedInDegree(20, false, false), new PairwiseBernoulli(0.1, false),
                    new FixedTotalNumber(500, true, false), new FixedOutDegree(7, true, true))) {
                List<long[]> a = draw(rule, 100, 80, false, seed);
                List<long[]> b = draw(rule, 100, 80, false, seed);
                assertEquals(a.size(), b.size());
                for (int i = 0; i < a.size(); i++) {
                    assertArrayEquals(a.get(i), b.get(i));
                }
            }
        });
    }

    /**
     * The number of pairwise-Bernoulli connections is Binomial(N·M, p). With a fixed seed per case we
     * accept |count − Np| ≤ 4.9 σ (two-sided normal tail 1e-6 per case, 12 cases: false-failure rate ≈ 1e-5).
     */
    @Test
    void pairwiseBernoulliCountIsBinomial() {
        int case_ = 0;
        for (double p : new double[] {0.001, 0.01, 0.1, 0.5, 0.9, 0.999}) {
            for (int n : new int[] {200, 1000}) {
                long count = draw(new PairwiseBernoulli(p, true), n, n, true, 1234 + case_++).size();
                double mean = (double) n * n * p;
                double sigma = Math.sqrt(mean * (1 - p));
                assertTrue(Math.abs(count - mean) <= 4.9 * sigma, "p=" + p + " n=" + n + " count=" + count + " mean=" + mean);
            }
        }
        assertEquals(0, draw(new PairwiseBernoulli(0, true), 50, 50, true, 1).size());
        assertEquals(50 * 49, draw(new PairwiseBernoulli(1, false), 50, 50, true, 1).size());
    }

    /**
     * Sources of fixed in-degree are uniform: chi-square of the source histogram over 100 sources with
     * 99 degrees of freedom; the 1 − 1e-6 quantile is 187.4.
     */
    @Test
    void fixedInDegreeSourcesAreUniform() {
        int n = 100;
        long[] hits = new long[n];
        List<long[]> pairs = draw(new FixedInDegree(30, true, false), n, 2000, false, 99);
        pairs.forEach(c -> hits[(int) c[0]]++);
        double expected = pairs.size() / (double) n;
        double chi2 = 0;
        for (long h : hits) {
            chi2 += (h - expected) * (h - expected) / expected;
        }
        assertTrue(chi2 < 187.4, "chi2 = " + chi2);
    }

    @Test
    void impossibleSizesAreRejectedWithTheParameterName() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> new FixedInDegree(1000, true, false).checkSizes(800, 100, false));
        assertEquals("indegree", e.parameter());
        assertTrue(e.getMessage().contains("<= 800"), e.getMessage());
        assertEquals("indegree", assertThrows(InvalidParameterException.class,
                () -> new FixedInDegree(1, false, true).checkSizes(1, 1, true)).parameter());
        assertEquals("target size", assertThrows(InvalidParameterException.class,
                () -> new OneToOne().checkSizes(3, 4, false)).parameter());
        assertEquals("n", assertThrows(InvalidParameterException.class,
                () -> new FixedTotalNumber(11, true, false).checkSizes(2, 5, false)).parameter());
        assertEquals(9 * 10, draw(new AllToAll(false), 10, 10, true, 0).size());
        assertEquals(10, draw(new OneToOne(), 10, 10, false, 0).size());
    }

    @Test
    void theKindsResolveByNameThroughTheRegistry() {
        Ratenet ratenet = Ratenet.create();
        ConnectivityRule rule = ratenet.connectivityRules().get("fixed_indegree")
                .build(ParameterSet.builder().put("indegree", 100).build());
        assertEquals(new FixedInDegree(100, true, true), rule);
        assertEquals(ConnectivityKinds.all().size(), ratenet.connectivityRules().names().size());
        assertEquals("p", assertThrows(InvalidParameterException.class, () -> ratenet.connectivityRules().get("pairwise_bernoulli")
                .build(ParameterSet.builder().put("p", 1.5).build())).parameter());
    }
}
