package org.ratenet.validation.suites;

import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.quicktheories.core.Gen;
import org.ratenet.api.error.UnsupportedSpecException;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.RateNetworkSpec;
import org.ratenet.api.spec.WeightMatrix;
import org.ratenet.api.model.Level;
import org.ratenet.rate.dynamics.RateLevel;
import org.ratenet.validation.CheckRecorder;
import org.ratenet.validation.CheckResult;
import org.ratenet.validation.PropertyCheck;
import org.ratenet.validation.ValidationContext;
import org.ratenet.validation.ValidationSuite;

/**
 * Rate ↔ binary (exact): the rate network's weights W, external weights and thresholds θ, read as binary units, give
 * the same trajectory in the 0/1 form and in the ±1 form with θ′ = 2θ − ΣW − W_ext (Kleinfeld 11.38–11.39), for random
 * initial states, external states and update orders. On the user's rate network, otherwise on generated dense networks
 * (2–30 units, Gaussian weights of s.d. 10 pA/Hz, thresholds of s.d. 20 pA).
 */
public final class RateBinarySuite implements ValidationSuite {

    @Override
    public String name() {
        return "rate-binary";
    }

    @Override
    public Optional<String> notApplicable(ValidationContext context) {
        if (context.experiment().isEmpty()) {
            return Optional.empty();
        }
        try {
            context.ratenet().levels().get(Level.RATE).checkSupported(context.experiment().get().network());
            return Optional.empty();
        } catch (UnsupportedSpecException e) {
            return Optional.of("the rate level cannot represent this network: " + e.getMessage());
        }
    }

    @Override
    public List<CheckResult> run(ValidationContext context) {
        Gen<RateNetworkSpec> networks;
        String where;
        if (context.experiment().isPresent()) {
            RateNetworkSpec net = context.level(Level.RATE, RateLevel.class).rateNetwork(context.experiment().get().network());
            networks = in -> net;
            where = context.experiment().get().network().name();
        } else {
            networks = longs().all().map(RateBinarySuite::generated);
            where = "generated networks";
        }
        CheckRecorder r = new CheckRecorder("rate-binary.plus-minus", List.of("binary 0/1", "binary ±1"),
                "0/1 units with θ and ±1 units with θ′ = 2θ − ΣW − W_ext follow the same trajectory (" + where + ")",
                "exact: identical states after every update", 0, context.seed(), "");
        return List.of(PropertyCheck.run(r, networks.zip(longs().all(), Case::new), context.cases(100, 1000), 10, context.seed(),
                c -> BinaryForms.compare(c.network().weights(), c.network().externalWeights(), c.network().thresholdsPa(), c.seed(), c.toString())));
    }

    /** A network and the seed of its initial states and update order. */
    record Case(RateNetworkSpec network, long seed) {
        @Override
        public String toString() {
            return network.size() + " units, seed " + seed;
        }
    }

    private static RateNetworkSpec generated(long seed) {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        ContinuousSampler normal = ZigguratSampler.NormalizedGaussian.of(random);
        int n = 2 + random.nextInt(29);
        double[][] w = new double[n][n];
        double[] wExt = new double[n];
        double[] theta = new double[n];
        double[] rates = new double[n];
        double[] tau = new double[n];
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                w[i][j] = normal.sample() * 10;
            }
            wExt[i] = normal.sample() * 10;
            theta[i] = normal.sample() * 20;
            rates[i] = 1;
            tau[i] = 10;
            labels.add("u" + i);
        }
        return new RateNetworkSpec(labels, WeightMatrix.Dense.of(w), wExt, rates, theta, tau,
                Collections.nCopies(n, ComponentSpec.of("threshold_linear", ParameterSet.EMPTY)));
    }
}
