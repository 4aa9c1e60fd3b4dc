package org.ratenet.rate.meanfield;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.ratenet.api.random.SeedSequence;
import org.ratenet.api.error.Require;
import org.ratenet.api.model.ConnectivityRule;
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
 *   m_i = m⁰_a + Σ_p 10⁻³ K_ip J̄_p ν_src(p),   s_i = s⁰_a + Σ_p 10⁻³ K_ip (J̄_p² + Var J_p) ν_src(p)
 * </pre>
 * with the population-mean presynaptic rate ν_src (inputs are drawn uniformly over the source, so in- and
 * out-degrees are independent and the out-degree-weighted presynaptic mean is the plain mean). The
 * self-consistency is on the population means; the sample is fixed
 * (common random numbers), so Φ̄ = (1/M) Σ_i F(m_i, s_i) with the population's transfer function F is a smooth, deterministic function of ν̄. With fixed in-degrees and
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
            NeuronTransfer post = base.transfer(a);
            ConnectivityRule rule = registries.connectivityRules().get(p.connectivity().kind()).build(p.connectivity().parameters());
            double j = MeanFieldModel.jump(p.synapse(), post, "projection " + p.name());
            double jSd = MeanFieldModel.jumpSd(p.synapse(), post, "projection " + p.name());
            UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(SeedSequence.of(seed, index));
            int sourceSize = spec.populations().get(b).size();
            for (int i = 0; i < samples; i++) {
                DegreeDistribution given = inDegrees.get(p.name());
                int k = given != null ? given.sample(random) : rule.sampleInDegree(sourceSize, target.size(), a == b, random);
                driftCoefficients[a][i * n + b] += 1e-3 * k * j;
                diffusionCoefficients[a][i * n + b] += 1e-3 * k * (j * j + jSd * jSd);
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
    public String method() {
        return base.method() + "; heterogeneous over " + samples + " sampled neurons per population";
    }

    @Override
    public List<Warning> warnings() {
        return base.warnings();
    }

    @Override
    public void transfer(double[] rates, double[] out, double[] jacobian, double[] mu, double[] sigma) {
        int n = size();
        double[] d = new double[2];
        double[] free = new double[2];
        if (jacobian != null) {
            Arrays.fill(jacobian, 0);
        }
        double[] moments = new double[2];
        for (int a = 0; a < n; a++) {
            NeuronTransfer f = base.transfer(a);
            double tauS = base.synapticTauMs(a);
            double sumRate = 0;
            double sumMu = 0;
            double sumSigma = 0;
            for (int i = 0; i < samples; i++) {
                neuronMoments(a, i, rates, moments);
                if (jacobian == null) {
                    sumRate += f.rateHz(moments[0], moments[1], tauS);
                } else {
                    sumRate += f.rateAndDerivatives(moments[0], moments[1], tauS, d);
                    for (int b = 0; b < n; b++) {
                        jacobian[a * n + b] += (d[0] * driftCoefficients[a][i * n + b] + d[1] * diffusionCoefficients[a][i * n + b]) / samples;
                    }
                }
                f.freeMembraneMoments(moments[0], moments[1], free);
                sumMu += free[0];
                sumSigma += free[1];
            }
            out[a] = sumRate / samples;
            mu[a] = sumMu / samples;
            sigma[a] = sumSigma / samples;
        }
    }

    @Override
    public double[] neuronRates(int a, double[] rates) {
        double[] r = new double[samples];
        double[] moments = new double[2];
        for (int i = 0; i < samples; i++) {
            neuronMoments(a, i, rates, moments);
            r[i] = base.rate(a, moments[0], moments[1]);
        }
        return r;
    }

    /** m_i (mV/ms) and s_i (mV²/ms) of sampled neuron i of population a at rates ν, into {@code out[0]} and {@code out[1]}. */
    private void neuronMoments(int a, int i, double[] rates, double[] out) {
        int n = size();
        double m = base.externalDrift(a);
        double v = base.externalDiffusion(a);
        for (int b = 0; b < n; b++) {
            m += driftCoefficients[a][i * n + b] * rates[b];
            v += diffusionCoefficients[a][i * n + b] * rates[b];
        }
        out[0] = m;
        out[1] = Math.max(0, v);
    }
}
