package org.ratenet.spiking.connect;

import java.util.List;
import java.util.function.IntSupplier;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.LogNormalSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;
import org.ratenet.api.model.ConnectionSink;
import org.ratenet.api.model.ConnectivityRule;

/**
 * Every target neuron draws its in-degree K from a distribution of the given mean and standard deviation, then
 * connects to K sources drawn uniformly: {@code poisson} (sd = √mean, the given sd is ignored), {@code lognormal} and
 * {@code gamma} (rounded to whole numbers). Without multapses K is capped at the available sources. The heterogeneous
 * mean field draws neurons from the same law ({@link #sampleInDegree}).
 */
public record InDegreeDistribution(String distribution, double mean, double sd, boolean autapses, boolean multapses)
        implements ConnectivityRule {

    public static final String NAME = "indegree_distribution";
    public static final List<String> DISTRIBUTIONS = List.of("poisson", "lognormal", "gamma");

    public InDegreeDistribution {
        Require.oneOf("distribution", distribution, DISTRIBUTIONS);
        Require.positive("mean", mean, "");
        Require.nonNegative("sd", sd, "");
        if (!distribution.equals("poisson")) {
            Require.positive("sd", sd, "");
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void checkSizes(int sourceSize, int targetSize, boolean samePopulation) {
        int available = samePopulation && !autapses ? sourceSize - 1 : sourceSize;
        if (available <= 0) {
            throw new InvalidParameterException("source size", sourceSize, "at least one source other than the target");
        }
    }

    @Override
    public double expectedInDegree(int sourceSize, int targetSize, boolean samePopulation) {
        return mean;
    }

    @Override
    public boolean fixedInDegree() {
        return false;
    }

    /** A sampler of raw in-degrees bound to {@code random}. */
    private IntSupplier degrees(UniformRandomProvider random) {
        switch (distribution) {
            case "poisson" -> {
                var s = PoissonSampler.of(random, mean);
                return s::sample;
            }
            case "lognormal" -> {
                double sigma2 = Math.log(1 + sd * sd / (mean * mean));
                var s = LogNormalSampler.of(ZigguratSampler.NormalizedGaussian.of(random), Math.log(mean) - sigma2 / 2, Math.sqrt(sigma2));
                return () -> (int) Math.min(Integer.MAX_VALUE, Math.round(s.sample()));
            }
            default -> {
                var s = AhrensDieterMarsagliaTsangGammaSampler.of(random, mean * mean / (sd * sd), sd * sd / mean);
                return () -> (int) Math.min(Integer.MAX_VALUE, Math.round(s.sample()));
            }
        }
    }

    @Override
    public int sampleInDegree(int sourceSize, int targetSize, boolean samePopulation, UniformRandomProvider random) {
        return cap(degrees(random).getAsInt(), sourceSize, samePopulation);
    }

    private int cap(int k, int sourceSize, boolean samePopulation) {
        int available = samePopulation && !autapses ? sourceSize - 1 : sourceSize;
        return multapses ? k : Math.min(k, available);
    }

    @Override
    public void connect(int sourceSize, int targetSize, boolean samePopulation, UniformRandomProvider random, ConnectionSink sink) {
        checkSizes(sourceSize, targetSize, samePopulation);
        IntSupplier draw = degrees(random);
        boolean excludeSelf = samePopulation && !autapses;
        DistinctSampler distinct = multapses ? null : new DistinctSampler(sourceSize);
        int[] drawn = new int[16];
        for (int t = 0; t < targetSize; t++) {
            int k = cap(draw.getAsInt(), sourceSize, samePopulation);
            if (multapses) {
                for (int i = 0; i < k; ) {
                    int s = random.nextInt(sourceSize);
                    if (!(excludeSelf && s == t)) {
                        sink.connect(s, t);
                        i++;
                    }
                }
            } else {
                if (drawn.length < k) {
                    drawn = new int[Math.max(k, 2 * drawn.length)];
                }
                distinct.sample(random, k, excludeSelf ? t : -1, drawn);
                for (int i = 0; i < k; i++) {
                    sink.connect(drawn[i], t);
                }
            }
        }
    }
}
