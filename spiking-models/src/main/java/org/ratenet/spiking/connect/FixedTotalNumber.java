package org.ratenet.spiking.connect;

import java.util.HashSet;
import java.util.Set;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.MarsagliaTsangWangDiscreteSampler;
import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;
import org.ratenet.api.model.ConnectionSink;
import org.ratenet.api.model.ConnectivityRule;

/** Exactly {@code n} connections between pairs drawn uniformly (NEST {@code fixed_total_number}). */
public record FixedTotalNumber(long n, boolean autapses, boolean multapses) implements ConnectivityRule {

    public static final String NAME = "fixed_total_number";

    public FixedTotalNumber {
        if (n < 0) {
            throw new InvalidParameterException("n", n, ">= 0");
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    private static long pairs(int sourceSize, int targetSize, boolean excludeSelf) {
        return (long) sourceSize * targetSize - (excludeSelf ? Math.min(sourceSize, targetSize) : 0);
    }

    @Override
    public void checkSizes(int sourceSize, int targetSize, boolean samePopulation) {
        long available = pairs(sourceSize, targetSize, samePopulation && !autapses);
        if (n > 0 && available == 0) {
            throw new InvalidParameterException("n", n, "0: no pair can be drawn");
        }
        if (!multapses && n > available) {
            throw new InvalidParameterException("n", n, "<= " + available + " (the available pairs) when multapses are not allowed");
        }
        if (n > Integer.MAX_VALUE) {
            throw new InvalidParameterException("n", n, "<= " + Integer.MAX_VALUE);
        }
    }

    @Override
    public double expectedInDegree(int sourceSize, int targetSize, boolean samePopulation) {
        return (double) n / targetSize;
    }

    /** Binomial(n, 1/targets). */
    @Override
    public int sampleInDegree(int sourceSize, int targetSize, boolean samePopulation, UniformRandomProvider random) {
        return targetSize == 1 ? (int) n : MarsagliaTsangWangDiscreteSampler.Binomial.of(random, (int) n, 1.0 / targetSize).sample();
    }

    @Override
    public boolean fixedInDegree() {
        return n == 0;
    }

    @Override
    public void connect(int sourceSize, int targetSize, boolean samePopulation, UniformRandomProvider random,
                        ConnectionSink sink) {
        checkSizes(sourceSize, targetSize, samePopulation);
        boolean excludeSelf = samePopulation && !autapses;
        Set<Long> drawn = multapses ? null : new HashSet<>();
        for (long i = 0; i < n; ) {
            int s = random.nextInt(sourceSize);
            int t = random.nextInt(targetSize);
            if (excludeSelf && s == t) {
                continue;
            }
            if (drawn != null && !drawn.add(((long) s << 32) | t)) {
                continue;
            }
            sink.connect(s, t);
            i++;
        }
    }
}
