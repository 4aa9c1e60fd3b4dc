package org.ratenet.validation.suites;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.quicktheories.core.Gen;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.registry.Registries;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.RateNetworkSpec;
import org.ratenet.api.spec.WeightMatrix;
import org.ratenet.api.units.Unit;
import org.ratenet.rate.dynamics.RateFixedPoints;
import org.ratenet.rate.dynamics.RateNetwork;
import org.ratenet.rate.population.PopulationModel;
import org.ratenet.rate.population.ScalingLaw;
import org.ratenet.validation.CaseOutcome;
import org.ratenet.validation.CheckRecorder;
import org.ratenet.validation.CheckResult;
import org.ratenet.validation.Comparison;
import org.ratenet.validation.PropertyCheck;
import org.ratenet.validation.ValidationContext;
import org.ratenet.validation.ValidationSuite;

/**
 * Population ↔ network (Gerstner, "Connectivity schemes and scaling"): a neural-mass E–I model with population
 * couplings J0 against the population averages of a network of threshold-linear rate neurons wired by a scaling law.
 * All-to-all (w = J0/N) and fixed in-degree (w = J0/K) give every neuron the same input, so the network's homogeneous
 * fixed point is the neural mass's, exactly (1e-9). Random coupling with probability p (w = J0/(pN)) and Gaussian
 * weights (mean J0/N, s.d. σ0/√N, σ0 = |J0|/5) leave quenched input differences whose average over the N_a neurons of a population has
 * variance Σ_b q_ab ν_b² / N_a (q the law's quenched variance, {@link ScalingLaw#moments}); to linear order the population
 * activities then deviate by M δh, M = (1 − βJ0)⁻¹ β, which sets a z-interval (α = 1e-5 per population) plus 1 % for
 * second-order effects. That linear response needs every neuron above threshold: a case whose mass input lies within
 * 4 s.d. of the quenched input spread is not applicable (rectification raises the average). Generated networks: N_E 100–400, N_I = N_E/4, J0 per pair in stated ranges, β = 1 Hz/pA, inputs
 * 10–40 pA above θ = 5 pA; independent of any experiment file.
 */
public final class NeuralMassSuite implements ValidationSuite {

    private static final double ALPHA = 1e-5;
    private static final double SECOND_ORDER = 0.01;
    private static final ComponentSpec GAIN = ComponentSpec.of("threshold_linear", ParameterSet.builder().put("beta", 1, Unit.HZ_PER_PA).build());

    @Override
    public String name() {
        return "neural-mass";
    }

    @Override
    public Optional<String> notApplicable(ValidationContext context) {
        return context.experiment().isPresent() ? Optional.of("checks population models against generated rate networks, not an experiment file")
                : Optional.empty();
    }

    @Override
    public List<CheckResult> run(ValidationContext context) {
        CheckRecorder r = new CheckRecorder("neural-mass.network", List.of("neural mass", "rate network"),
                "the population averages of the network's fixed point equal the neural mass's (exactly for all-to-all and fixed in-degree)",
                "exact laws: 1e-9 relative; random laws: z interval of the linear-response prediction (α = 1e-5 per population) + 1 %",
                2 * ALPHA * context.cases(30, 200), context.seed(), "tolerances");
        return List.of(PropertyCheck.run(r, cases(), context.cases(30, 200), 5, context.seed(), c -> compare(c, context.registries())));
    }

    /** The wiring of a generated network. */
    enum Law { ALL_TO_ALL, FIXED_INDEGREE, RANDOM, GAUSSIAN }

    /** Sizes, population couplings J0[a][b] (pA/Hz; a, b ∈ {E, I}), inputs above threshold, the law and its parameter, a seed. */
    record Case(int excitatory, double[][] j0, double[] inputPa, Law law, double p, long seed) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s N_E=%d p=%.2f J0=[[%.3f, %.3f], [%.3f, %.3f]] I=[%.1f, %.1f] pA seed %d", law, excitatory, p,
                    j0[0][0], j0[0][1], j0[1][0], j0[1][1], inputPa[0], inputPa[1], seed);
        }
    }

    static Gen<Case> cases() {
        return in -> {
            int n = integers().between(100, 400).generate(in);
            double[][] j0 = {{doubles().between(0.1, 0.5).generate(in), -doubles().between(0.3, 1.0).generate(in)},
                    {doubles().between(0.2, 0.8).generate(in), -doubles().between(0.2, 0.8).generate(in)}};
            double[] input = {doubles().between(10, 40).generate(in), doubles().between(10, 40).generate(in)};
            Law law = Law.values()[integers().between(0, 3).generate(in)];
            return new Case(n, j0, input, law, doubles().between(0.1, 0.5).generate(in), longs().all().generate(in));
        };
    }

    private static CaseOutcome compare(Case c, Registries registries) {
        int[] sizes = {c.excitatory(), c.excitatory() / 4};
        String[] names = {"E", "I"};
        double theta = 5;
        PopulationModel.Builder mass = PopulationModel.builder();
        for (int a = 0; a < 2; a++) {
            mass.population(names[a], sizes[a], a == 0 ? 10 : 5, theta, GAIN).external(names[a], c.inputPa()[a] + theta);
        }
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 2; b++) {
                mass.coupling(names[a], names[b], c.j0()[a][b] / sizes[b]);
            }
        }
        RateNetwork massNet = RateNetwork.of(mass.build(), registries.gains());
        RateFixedPoints.FixedPoint massPoint = new RateFixedPoints().find(massNet, new double[] {c.inputPa()[0], c.inputPa()[1]});
        if (massPoint == null || massPoint.ratesHz()[0] <= 1 || massPoint.ratesHz()[1] <= 1) {
            return CaseOutcome.notApplicable(c + ": the neural mass has no fixed point with both populations active");
        }
        double[] nu = massPoint.ratesHz();
        for (int a = 0; a < 2; a++) {
            double spread = Math.sqrt(quenchedVariance(c, sizes, nu, a)); // s.d. of the neurons' inputs around the mass input (pA)
            if (nu[a] < 4 * spread) { // β = 1 Hz/pA: the mass input above threshold is ν_a
                return CaseOutcome.notApplicable(String.format(Locale.ROOT, "%s: population %d's input is %.2f pA above threshold, within 4 s.d. (%.2f pA)"
                        + " of the quenched spread: neurons below threshold make the average non-linear", c, a, nu[a], spread));
            }
        }
        RateNetworkSpec network = network(c, sizes, theta);
        double[] start = new double[network.size()];
        for (int i = 0; i < start.length; i++) {
            start[i] = massPoint.mu()[i < sizes[0] ? 0 : 1];
        }
        RateFixedPoints.FixedPoint netPoint = new RateFixedPoints().find(RateNetwork.of(network, registries.gains()), start);
        if (netPoint == null) {
            return CaseOutcome.of(false, Double.POSITIVE_INFINITY, c + ": the network has no fixed point near the neural mass's");
        }
        double[] average = new double[2];
        for (int i = 0; i < network.size(); i++) {
            average[i < sizes[0] ? 0 : 1] += netPoint.ratesHz()[i] / sizes[i < sizes[0] ? 0 : 1];
        }
        double[] sd = predictedSpread(c, sizes, nu);
        double z = new NormalDistribution().inverseCumulativeProbability(1 - ALPHA / 2);
        List<Comparison> comparisons = new ArrayList<>();
        StringBuilder line = new StringBuilder(c.toString()).append(':');
        for (int a = 0; a < 2; a++) {
            boolean exact = c.law() == Law.ALL_TO_ALL || c.law() == Law.FIXED_INDEGREE;
            double allowed = exact ? 1e-9 * nu[a] : z * sd[a] + SECOND_ORDER * nu[a];
            comparisons.add(new Comparison(c.law() + " " + names[a], nu[a], average[a], allowed, "Hz"));
            line.append(String.format(Locale.ROOT, " %s mass %.4f Hz, network %.4f Hz (allowed ±%.3g)", names[a], nu[a], average[a], allowed));
        }
        return CaseOutcome.of(comparisons, line.toString());
    }

    /**
     * s.d. of the population activities' deviation to linear order: M δh, δh_a of variance Σ_b q_ab ν_b² / N_a with q the
     * per-neuron quenched variance factor: (1 − p) J0² / (p N_b) for random coupling, σ0² for Gaussian weights.
     */
    private static double[] predictedSpread(Case c, int[] sizes, double[] nu) {
        if (c.law() == Law.ALL_TO_ALL || c.law() == Law.FIXED_INDEGREE) {
            return new double[2];
        }
        double[] var = new double[2];
        for (int a = 0; a < 2; a++) {
            var[a] = quenchedVariance(c, sizes, nu, a) / sizes[a];
        }
        RealMatrix m = MatrixUtils.createRealMatrix(new double[][] {{1 - c.j0()[0][0], -c.j0()[0][1]}, {-c.j0()[1][0], 1 - c.j0()[1][1]}});
        RealMatrix inverse = new LUDecomposition(m).getSolver().getInverse(); // β = 1 Hz/pA
        double[] sd = new double[2];
        for (int a = 0; a < 2; a++) {
            sd[a] = Math.sqrt(inverse.getEntry(a, 0) * inverse.getEntry(a, 0) * var[0] + inverse.getEntry(a, 1) * inverse.getEntry(a, 1) * var[1]);
        }
        return sd;
    }

    /** The variance of one neuron's input around the mass input from quenched couplings: Σ_b q_ab ν_b² (0 for the exact laws). */
    private static double quenchedVariance(Case c, int[] sizes, double[] nu, int a) {
        if (c.law() == Law.ALL_TO_ALL || c.law() == Law.FIXED_INDEGREE) {
            return 0;
        }
        double var = 0;
        for (int b = 0; b < 2; b++) {
            double j = c.j0()[a][b];
            double quenched = c.law() == Law.RANDOM ? (1 - c.p()) * j * j / (c.p() * sizes[b]) : sigma0(j) * sigma0(j);
            var += quenched * nu[b] * nu[b];
        }
        return var;
    }

    /** σ0 of the Gaussian law: a fifth of the coupling's magnitude. */
    private static double sigma0(double j0) {
        return 0.2 * Math.abs(j0);
    }

    /** The neuron-level network of the case's law (dense; one stream per case). */
    private static RateNetworkSpec network(Case c, int[] sizes, double theta) {
        int n = sizes[0] + sizes[1];
        int[] offset = {0, sizes[0]};
        double[] w = new double[n * n];
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(c.seed());
        ContinuousSampler normal = ZigguratSampler.NormalizedGaussian.of(random);
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 2; b++) {
                double j = c.j0()[a][b];
                int nb = sizes[b];
                for (int i = 0; i < sizes[a]; i++) {
                    int row = (offset[a] + i) * n + offset[b];
                    switch (c.law()) {
                        case ALL_TO_ALL -> {
                            for (int k = 0; k < nb; k++) {
                                w[row + k] += j / nb;
                            }
                        }
                        case FIXED_INDEGREE -> {
                            int in = Math.max(1, (int) Math.round(c.p() * nb));
                            for (int k : sample(random, nb, in)) {
                                w[row + k] += j / in;
                            }
                        }
                        case RANDOM -> {
                            for (int k = 0; k < nb; k++) {
                                if (random.nextDouble() < c.p()) {
                                    w[row + k] += j / (c.p() * nb);
                                }
                            }
                        }
                        case GAUSSIAN -> {
                            for (int k = 0; k < nb; k++) {
                                w[row + k] += j / nb + sigma0(j) / Math.sqrt(nb) * normal.sample();
                            }
                        }
                    }
                }
            }
        }
        double[] thresholds = new double[n];
        double[] tau = new double[n];
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int a = i < sizes[0] ? 0 : 1;
            thresholds[i] = theta - (c.inputPa()[a] + theta);
            tau[i] = a == 0 ? 10 : 5;
            labels.add((a == 0 ? "E" : "I") + "[" + (i - offset[a]) + "]");
        }
        return new RateNetworkSpec(labels, new WeightMatrix.Dense(n, n, w), new double[n], new double[n], thresholds, tau, Collections.nCopies(n, GAIN));
    }

    /** k distinct indices out of n (partial Fisher–Yates). */
    private static int[] sample(UniformRandomProvider random, int n, int k) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return Arrays.copyOf(all, k);
    }
}
