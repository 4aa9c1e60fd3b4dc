package org.ratenet.rate.meanfield;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.ratenet.api.random.SeedSequence;
import org.ratenet.api.error.Require;
import org.ratenet.api.model.ConnectivityRule;
import org.ratenet.api.neuron.LifModel;
import org.ratenet.api.neuron.LifParameters;
import org.ratenet.api.registry.Registries;
import org.ratenet.api.result.Warning;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.PopulationSpec;
import org.ratenet.api.spec.ProjectionSpec;

/**
 * The mean field of a network whose neurons differ in in-degree and in the weights they receive
 * (Vegué, Allard and Desrosiers 2025; the heterogeneous extension of Brunel 2000); weight variances come from the
 * synapses' {@code weight_sd}. Each population is
 * represented by M sampled neurons: neuron i draws its in-degree K_ip from every projection p by that
 * projection's rule ({@code ConnectivityRule.sampleInDegree}) or from a given {@link DegreeDistribution}
 * (one seeded stream per projection), and
 * <pre>
 *   μ_i = E_L + d_a + Σ_p τ_m 10⁻³ K_ip J̄_p ν_src(p),   σ_i² = s_a + Σ_p τ_m 10⁻³ K_ip (J̄_p² + Var J_p) ν_src(p)
 * </pre>
 * with the population-mean presynaptic rate ν_src (inputs are drawn uniformly over the source, so in- and
 * out-degrees are independent and the out-degree-weighted presynaptic mean is the plain mean). The
 * self-consistency is on the population means, ν̄_a = (1/M) Σ_i Φ(μ_i, σ_i); the sample is fixed
 * (common random numbers), so Φ̄ is a smooth, deterministic function of ν̄. With fixed in-degrees and
 * weights every sample is the same neuron, and the result is the homogeneous one to rounding.
 */
public final class HeterogeneousMeanField implements MeanFieldSystem {

    /** Default number of sampled neurons per population. */
    public static final int DEFAULT_SAMPLES = 1000;

    private final MeanFieldModel base;
    private final int samples;
    /** [population][neuron * n + source] drift and diffusion coefficients of each sampled neuron. */
    private final double[][] driftCoefficients;
    private final double[][] diffusionCoefficients;

    /** Sampled neurons draw their in-degrees from each projection's rule. */
    public HeterogeneousMeanField(NetworkSpec spec, Registries registries, int samples, long seed) {
        this(spec, registries, samples, seed, Map.of());
    }

    /**
     * @param inDegrees per projection name, an in-degree distribution that replaces the rule's (e.g. log-normal)
     */
    public HeterogeneousMeanField(NetworkSpec spec, Registries registries, int samples, long seed,
                                  Map<String, DegreeDistribution> inDegrees) {
        this.base = MeanFieldModel.of(spec, registries);
        this.samples = Require.atLeast("samples", samples, 1);
        int n = base.size();
        List<String> names = base.names();
        driftCoefficients = new double[n][samples * n];
        diffusionCoefficients = new double[n][samples * n];
        List<ProjectionSpec> projections = spec.projections();
        for (int index = 0; index < projections.size(); index++) {
            ProjectionSpec p = projections.get(index);
            int a = names.indexOf(p.target());
            int b = names.indexOf(p.source());
            PopulationSpec target = spec.populations().get(a);
            LifParameters post = (LifParameters) registries.neuronModels().get(LifModel.NAME).build(target.neuron().parameters());
            ConnectivityRule rule = registries.connectivityRules().get(p.connectivity().kind()).build(p.connectivity().parameters());
            double j = MeanFieldModel.jump(p.synapse(), post, "projection " + p.name());
            double jSd = MeanFieldModel.jumpSd(p.synapse(), post);
            double tau = post.tauMs() * 1e-3;
            UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(SeedSequence.of(seed, index));
            int sourceSize = spec.populations().get(b).size();
            for (int i = 0; i < samples; i++) {
                DegreeDistribution given = inDegrees.get(p.name());
                int k = given != null ? given.sample(random) : rule.sampleInDegree(sourceSize, target.size(), a == b, random);
                driftCoefficients[a][i * n + b] += tau * k * j;
                diffusionCoefficients[a][i * n + b] += tau * k * (j * j + jSd * jSd);
            }
        }
    }

    /** The homogeneous model with the same mean coupling. */
    public MeanFieldModel homogeneous() {
        return base;
    }

    @Override
    public int size() {
        return base.size();
    }

    @Override
    public List<String> names() {
        return base.names();
    }

    @Override
    public double tauMs(int a) {
        return base.tauMs(a);
    }

    @Override
    public double refractoryMs(int a) {
        return base.refractoryMs(a);
    }

    @Override
    public List<Warning> warnings() {
        return base.warnings();
    }

    @Override
    public void transfer(double[] rates, double[] out, double[] jacobian, double[] mu, double[] sigma) {
        int n = size();
        double[] d = new double[2];
        if (jacobian != null) {
            Arrays.fill(jacobian, 0);
        }
        for (int a = 0; a < n; a++) {
            SiegertFunction siegert = base.siegert(a);
            double c = base.shiftPerSigma(a);
            double sumRate = 0;
            double sumMu = 0;
            double sumSigma = 0;
            double[] moments = new double[2];
            for (int i = 0; i < samples; i++) {
                neuronMoments(a, i, rates, moments);
                double m = moments[0];
                double s = moments[1];
                sumRate += siegert.evaluate(m - c * s, s, jacobian == null ? null : d);
                sumMu += m;
                sumSigma += s;
                if (jacobian != null) {
                    double dSigma = d[1] - c * d[0];
                    for (int b = 0; b < n; b++) {
                        double value = d[0] * driftCoefficients[a][i * n + b];
                        if (s > 0) {
                            value += dSigma * diffusionCoefficients[a][i * n + b] / (2 * s);
                        }
                        jacobian[a * n + b] += value / samples;
                    }
                }
            }
            out[a] = sumRate / samples;
            mu[a] = sumMu / samples;
            sigma[a] = sumSigma / samples;
        }
    }

    @Override
    public double[] neuronRates(int a, double[] rates) {
        double[] r = new double[samples];
        SiegertFunction siegert = base.siegert(a);
        double c = base.shiftPerSigma(a);
        double[] moments = new double[2];
        for (int i = 0; i < samples; i++) {
            neuronMoments(a, i, rates, moments);
            r[i] = siegert.evaluate(moments[0] - c * moments[1], moments[1], null);
        }
        return r;
    }

    /** μ_i and σ_i of sampled neuron i of population a at rates ν, into {@code out[0]} and {@code out[1]}. */
    private void neuronMoments(int a, int i, double[] rates, double[] out) {
        int n = size();
        double m = base.restMv(a) + base.externalDrift(a);
        double v = base.externalDiffusion(a);
        for (int b = 0; b < n; b++) {
            m += driftCoefficients[a][i * n + b] * rates[b];
            v += diffusionCoefficients[a][i * n + b] * rates[b];
        }
        out[0] = m;
        out[1] = Math.sqrt(Math.max(0, v));
    }
}
