package org.ratenet.rate.meanfield;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;
import org.ratenet.api.neuron.SiegertFunction;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.ProjectionSpec;
import org.ratenet.api.spec.SynapseSpec;

class HeterogeneousMeanFieldTest {

    private static final Ratenet RATENET = Ratenet.create();

    @Test
    void fixedDegreesAndWeightsReduceToTheHomogeneousSolution() {
        NetworkSpec spec = MeanFieldTest.brunelA(5, 2);
        MeanFieldResult homogeneous = new MeanFieldSolver().solve(MeanFieldModel.of(spec, RATENET.registries()));
        HeterogeneousMeanField sampled = new HeterogeneousMeanField(spec, RATENET.registries(), 200, 3);
        MeanFieldResult heterogeneous = new MeanFieldSolver().solve(sampled);
        assertEquals(homogeneous.fixedPoints().size(), heterogeneous.fixedPoints().size());
        for (int a = 0; a < 2; a++) {
            double expected = homogeneous.fixedPoints().get(0).ratesHz()[a];
            assertEquals(expected, heterogeneous.fixedPoints().get(0).ratesHz()[a], 1e-12 * expected);
            RateDistribution d = heterogeneous.fixedPoints().get(0).distributions().get(a);
            assertEquals(0, d.standardDeviationHz(), 1e-12 * expected); // every sampled neuron is the same
        }
    }

    /**
     * One excitatory population with Binomial(N, p) in-degrees (pairwise Bernoulli) and Poisson drive. At the
     * solver's ν̄, the sample mean of Φ over M = 2000 neurons must match the exact expectation Σ_K P(K) Φ(K)
     * within 4.4 standard errors (two-sided normal tail 1e-5, fixed seed), and ν̄ itself must equal the
     * sample mean (self-consistency).
     */
    @Test
    void sampledPopulationMeanMatchesTheExactBinomialExpectation() {
        int n = 2000;
        double p = 0.05;
        NetworkSpec spec = NetworkSpec.builder("bernoulli")
                .population("E", n, MeanFieldTest.lif(10))
                .projection("E", "E", ComponentSpec.of("pairwise_bernoulli", ParameterSet.builder().put("p", p).build()),
                        SynapseSpec.delta(0.1, 1.5))
                .drive(new DriveSpec.Poisson("E", 15, 1000, SynapseSpec.delta(0.1, 0)))
                .build();
        HeterogeneousMeanField model = new HeterogeneousMeanField(spec, RATENET.registries(), 2000, 11);
        MeanFieldResult result = new MeanFieldSolver().solve(model);
        MeanFieldResult.FixedPoint point = result.stable().orElseThrow();
        double nu = point.ratesHz()[0];
        double[] neurons = model.neuronRates(0, point.ratesHz());
        double mean = java.util.Arrays.stream(neurons).average().orElseThrow();
        double sd = Math.sqrt(java.util.Arrays.stream(neurons).map(r -> (r - mean) * (r - mean)).sum() / (neurons.length - 1));
        assertEquals(nu, mean, 1e-9 * nu); // self-consistent in the sample

        // exact: the autapse-free source has n − 1 neurons
        BinomialDistribution degrees = new BinomialDistribution(n - 1, p);
        SiegertFunction siegert = new SiegertFunction(20, 20, 10, 2);
        double exact = 0;
        for (int k = 0; k < n; k++) {
            double w = degrees.probability(k);
            if (w < 1e-18) {
                continue;
            }
            double mu = 20e-3 * (k * 0.1 * nu + 1000 * 0.1 * 15);
            double sigma = Math.sqrt(20e-3 * (k * 0.01 * nu + 1000 * 0.01 * 15));
            exact += w * siegert.rate(mu, sigma);
        }
        assertTrue(sd > 0.1, "in-degrees differ, so rates must differ: sd = " + sd);
        assertEquals(exact, mean, 4.4 * sd / Math.sqrt(neurons.length), "exact " + exact + " vs sample " + mean);
        RateDistribution d = point.distributions().get(0);
        assertTrue(d.quantilesHz()[0] < d.quantilesHz()[2] && d.quantilesHz()[2] < d.quantilesHz()[4]);
        assertEquals(2000, java.util.Arrays.stream(d.counts()).sum());
    }

    /**
     * A log-normal in-degree distribution given for E->E (mean 1000, sd 300) replaces the fixed in-degree: the
     * drift of the sampled E neurons has mean τ 1e-3 J · 1000 · ν within 4.4 standard errors (tail 1e-5), and
     * a spread that a fixed degree would not give.
     */
    @Test
    void aUserDegreeDistributionReplacesTheRules() {
        NetworkSpec spec = MeanFieldTest.brunelA(5, 2);
        String ee = spec.projections().get(0).name();
        double sdLog = Math.sqrt(Math.log(1 + 0.09));
        double meanLog = Math.log(1000) - sdLog * sdLog / 2;
        DegreeDistribution logNormal = DegreeDistribution.rounded(
                new org.apache.commons.math3.distribution.LogNormalDistribution(meanLog, sdLog));
        int m = 4000;
        HeterogeneousMeanField model = new HeterogeneousMeanField(spec, RATENET.registries(), m, 5, Map.of(ee, logNormal));
        double[] only = {1, 0}; // E at 1 Hz, I silent: each neuron's μ minus the rest is its E->E drift
        double[] rates = model.neuronRates(0, only);
        MeanFieldModel base = model.homogeneous();
        assertTrue(java.util.Arrays.stream(rates).distinct().count() > 100, "degrees vary, so rates vary");
        double[] mu = new double[2];
        double[] sigma = new double[2];
        double[] out = new double[2];
        model.transfer(only, out, null, mu, sigma);
        double[] muHomogeneous = new double[2];
        base.transfer(only, out, null, muHomogeneous, sigma);
        double drift = 20e-3 * 0.1; // per unit of in-degree at 1 Hz
        double sampleMeanDegree = (mu[0] - muHomogeneous[0]) / drift + 1000;
        assertEquals(1000, sampleMeanDegree, 4.4 * 300 / Math.sqrt(m));
    }

    @Test
    void weightVarianceWidensTheInputNoise() {
        NetworkSpec spec = MeanFieldTest.brunelA(5, 2);
        List<ProjectionSpec> projections = new ArrayList<>(spec.projections());
        ProjectionSpec ee = projections.get(0);
        projections.set(0, ee.withSynapse(ee.synapse().withWeights("normal", 0.1)));
        NetworkSpec drawn = new NetworkSpec(spec.name(), spec.populations(), projections, spec.drives(), spec.recording());
        HeterogeneousMeanField plain = new HeterogeneousMeanField(spec, RATENET.registries(), 10, 1);
        HeterogeneousMeanField varied = new HeterogeneousMeanField(drawn, RATENET.registries(), 10, 1);
        double[] rates = {30, 30};
        double[] out = new double[2];
        double[] mu = new double[2];
        double[] s1 = new double[2];
        double[] s2 = new double[2];
        plain.transfer(rates, out, null, mu, s1);
        varied.transfer(rates, out, null, mu, s2);
        // weight_sd 0.1 mV (Var J = 0.01 mV²) on E->E adds τ 1e-3 K Var J ν = 0.02 · 1000 · 0.01 · 30 = 6 mV² to σ_E²
        assertEquals(s1[0] * s1[0] + 6, s2[0] * s2[0], 1e-9);
        assertEquals(s1[1], s2[1], 0);
    }
}
