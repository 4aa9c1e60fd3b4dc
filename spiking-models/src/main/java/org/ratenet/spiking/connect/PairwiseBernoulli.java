package org.ratenet.spiking.connect;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.MarsagliaTsangWangDiscreteSampler;
import org.ratenet.api.error.Require;
import org.ratenet.api.model.ConnectionSink;
import org.ratenet.api.model.ConnectivityRule;

/**
 * Each (source, target) pair is connected independently with probability {@code p} (NEST
 * {@code pairwise_bernoulli}). Drawn by geometric skipping, O(connections) rather than O(pairs).
 */
public record PairwiseBernoulli(double p, boolean autapses) implements ConnectivityRule {

    public static final String NAME = "pairwise_bernoulli";

    public PairwiseBernoulli {
        Require.inClosedRange("p", p, 0, 1, "");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void checkSizes(int sourceSize, int targetSize, boolean samePopulation) {
        // any sizes work
    }

    @Override
    public double expectedInDegree(int sourceSize, int targetSize, boolean samePopulation) {
        return p * (samePopulation && !autapses ? sourceSize - 1 : sourceSize);
    }

    /** Binomial(available sources, p). */
    @Override
    public int sampleInDegree(int sourceSize, int targetSize, boolean samePopulation, UniformRandomProvider random) {
        int available = samePopulation && !autapses ? sourceSize - 1 : sourceSize;
        return p == 0 || available == 0 ? 0 : p == 1 ? available
                : MarsagliaTsangWangDiscreteSampler.Binomial.of(random, available, p).sample();
    }

    @Override
    public boolean fixedInDegree() {
        return p == 0 || p == 1;
    }

    @Override
    public void connect(int sourceSize, int targetSize, boolean samePopulation, UniformRandomProvider random,
                        ConnectionSink sink) {
        if (p == 0) {
            return;
        }
        boolean excludeSelf = samePopulation && !autapses;
        double logMiss = Math.log1p(-p); // -inf for p = 1: every skip is 0
        for (int t = 0; t < targetSize; t++) {
            long s = -1;
            while (true) {
                // the number of misses before the next hit is geometric: floor(log U / log(1 - p))
                double u = 1.0 - random.nextDouble(); // in (0, 1]
                long skip = p == 1 ? 0 : (long) Math.floor(Math.log(u) / logMiss);
                s += skip + 1;
                if (s >= sourceSize || s < 0) {
                    break;
                }
                if (!(excludeSelf && s == t)) {
                    sink.connect((int) s, t);
                }
            }
        }
    }
}
