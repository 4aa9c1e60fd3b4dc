package org.ratenet.plasticity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.ratenet.api.error.DivergenceException;
import org.ratenet.api.error.Require;
import org.ratenet.api.error.UnsupportedSpecException;
import org.ratenet.api.model.ConnectivityRule;
import org.ratenet.api.model.Level;
import org.ratenet.api.model.PlasticityRule;
import org.ratenet.api.random.SeedSequence;
import org.ratenet.api.registry.Registries;
import org.ratenet.api.result.Provenance;
import org.ratenet.api.result.Warning;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.PopulationSpec;
import org.ratenet.api.spec.ProjectionSpec;
import org.ratenet.rate.meanfield.MeanFieldModel;
import org.ratenet.rate.meanfield.NeuronTransfer;

/**
 * The plastic mean field (Vegué, Allard and Desrosiers 2025): self-consistent rates <em>and</em> weights at equilibrium
 * for networks of any neuron model with a transfer function whose projections are static or follow the {@link TraceRule}, with degree heterogeneity. Each
 * population is represented by M sampled neurons with in-degrees K_ip drawn from every projection's rule (one seeded
 * stream per projection). In the large-α limit a trace-rule synapse j → i has weight J_p W_p(ν_i, ν_j), so neuron i's
 * free membrane potential has, with the presynaptic rates ν_j running over population b's sampled distribution,
 * <pre>
 *   m_i = m⁰_a + Σ_p 10⁻³ K_ip J_p E_j[W_p(ν_i, ν_j) ν_j],   s_i = s⁰_a + Σ_p 10⁻³ K_ip (J_p² E_j[W_p(ν_i, ν_j)² ν_j] + Var J_p E_j[ν_j])
 * </pre>
 * (W ≡ 1 for a static projection) and ν_i = F(m_i, s_i) (the population's transfer function; Siegert for the LIF). Because W depends on ν_i itself, each neuron's rate
 * is its own fixed point; the whole sample is iterated with damping until no rate moves by more than 1e-7 Hz. The
 * weight distribution of a projection is that of J_p W_p(ν_i, ν_j) over synapses: post neurons weighted by their
 * in-degree, presynaptic neurons uniformly (inputs are drawn uniformly over the source). A warning names every trace
 * projection whose α = ν/r_p falls below 5 (trace CV 1/√(2α) above 0.32), where the large-α weights are only a guide.
 */
public final class PlasticMeanField {

    private static final int MAX_SWEEPS = 20_000;
    private static final double TOLERANCE_HZ = 1e-7;

    private final MeanFieldModel base;
    private final int samples;
    private final List<Coupling> couplings = new ArrayList<>();
    private final long seed;

    /** One projection as the mean field sees it. */
    private record Coupling(String name, int target, int source, double jump, double jumpSd, TraceRule rule, int[] inDegree) {
        double weightFactor(double post, double pre) {
            return rule == null ? 1 : rule.equilibriumWeight(pre, post);
        }
    }

    public PlasticMeanField(NetworkSpec spec, Registries registries, int samples, long seed) {
        // the static model supplies the populations' transfer functions and the drives; the couplings are ours
        this.base = MeanFieldModel.of(new NetworkSpec(spec.name(), spec.populations(),
                spec.projections().stream().map(p -> p.withPlasticity(null)).toList(), spec.drives(), spec.recording()), registries);
        this.samples = Require.atLeast("samples", samples, 1);
        this.seed = seed;
        List<String> names = base.names();
        for (int index = 0; index < spec.projections().size(); index++) {
            ProjectionSpec p = spec.projections().get(index);
            int a = names.indexOf(p.target());
            int b = names.indexOf(p.source());
            PopulationSpec target = spec.populations().get(a);
            NeuronTransfer post = base.transfer(a);
            TraceRule rule = null;
            if (p.plasticityRule().isPresent()) {
                PlasticityRule built = registries.plasticityRules().get(p.plasticityRule().get().kind()).build(p.plasticityRule().get().parameters());
                if (!(built instanceof TraceRule trace)) {
                    throw new UnsupportedSpecException(Level.MEANFIELD, "plasticity rule '" + built.name() + "' of projection " + p.name(),
                            "the plastic mean field solves networks whose plastic projections use the trace rule");
                }
                rule = trace;
            }
            ConnectivityRule connectivity = registries.connectivityRules().get(p.connectivity().kind()).build(p.connectivity().parameters());
            UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(SeedSequence.of(seed, index));
            int[] k = new int[samples];
            int sourceSize = spec.populations().get(b).size();
            for (int i = 0; i < samples; i++) {
                k[i] = connectivity.sampleInDegree(sourceSize, target.size(), a == b, random);
            }
            String where = "projection " + p.name();
            couplings.add(new Coupling(p.name(), a, b, MeanFieldModel.jump(p.synapse(), post, where), MeanFieldModel.jumpSd(p.synapse(), post, where),
                    rule, k));
        }
    }

    /** Solves the self-consistency from {@code initialRateHz} for every sampled neuron. */
    public PlasticMeanFieldResult solve(double initialRateHz) {
        int n = base.size();
        double[][] rates = new double[n][samples];
        for (double[] r : rates) {
            Arrays.fill(r, initialRateHz);
        }
        double[][] next = new double[n][samples];
        double damping = 0.5;
        double previousChange = Double.POSITIVE_INFINITY;
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double change = 0;
            for (int a = 0; a < n; a++) {
                for (int i = 0; i < samples; i++) {
                    double target = neuronRate(a, i, rates[a][i], rates);
                    next[a][i] = rates[a][i] + damping * (target - rates[a][i]);
                    change = Math.max(change, Math.abs(target - rates[a][i]));
                }
            }
            for (int a = 0; a < n; a++) {
                System.arraycopy(next[a], 0, rates[a], 0, samples);
            }
            if (!(change < 1e6)) {
                throw new DivergenceException(sweep, base.names().get(0), -1, "plastic mean-field iteration: rate change " + change + " Hz");
            }
            if (change < TOLERANCE_HZ) {
                return result(rates, sweep);
            }
            if (change > previousChange) { // oscillating: damp more
                damping = Math.max(0.02, damping * 0.7);
            }
            previousChange = change;
        }
        throw new DivergenceException(MAX_SWEEPS, base.names().get(0), -1, "the plastic mean field did not converge in " + MAX_SWEEPS + " sweeps");
    }

    /** F(m_i(x), s_i(x)) for sampled neuron i of population a at its own rate x and the current sample rates. */
    private double neuronRate(int a, int i, double x, double[][] rates) {
        double drift = base.externalDrift(a);
        double diffusion = base.externalDiffusion(a);
        for (Coupling c : couplings) {
            if (c.target() != a || c.inDegree()[i] == 0) {
                continue;
            }
            double[] pre = rates[c.source()];
            double first = 0;
            double second = 0;
            double plain = 0;
            for (double nu : pre) {
                double w = c.weightFactor(x, nu);
                first += w * nu;
                second += w * w * nu;
                plain += nu;
            }
            first /= pre.length;
            second /= pre.length;
            plain /= pre.length;
            double scale = 1e-3 * c.inDegree()[i];
            drift += scale * c.jump() * first;
            diffusion += scale * (c.jump() * c.jump() * second + c.jumpSd() * c.jumpSd() * plain);
        }
        return base.rate(a, drift, diffusion);
    }

    private PlasticMeanFieldResult result(double[][] rates, int sweeps) {
        List<PlasticMeanFieldResult.Rates> populations = new ArrayList<>();
        for (int a = 0; a < base.size(); a++) {
            populations.add(new PlasticMeanFieldResult.Rates(base.names().get(a), rates[a].clone()));
        }
        List<PlasticMeanFieldResult.Weights> weights = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>(base.warnings());
        for (Coupling c : couplings) {
            if (c.rule() == null) {
                continue;
            }
            double[] post = rates[c.target()];
            double[] pre = rates[c.source()];
            double[] values = new double[post.length * pre.length];
            double[] multiplicity = new double[values.length];
            int q = 0;
            for (int i = 0; i < post.length; i++) {
                for (double nu : pre) {
                    values[q] = c.jump() * c.weightFactor(post[i], nu);
                    multiplicity[q++] = c.inDegree()[i];
                }
            }
            weights.add(new PlasticMeanFieldResult.Weights(c.name(), values, multiplicity));
            double minRate = Math.min(Arrays.stream(post).min().orElse(0), Arrays.stream(pre).min().orElse(0));
            double alpha = c.rule().trace().alpha(minRate);
            if (alpha < 5) {
                warnings.add(new Warning("small-alpha", "alpha = nu / r_p >> 1 for the trace rule of " + c.name(),
                        String.format(Locale.ROOT, "smallest alpha %.3g (trace CV %.2f): the large-alpha weights are biased", alpha,
                                1 / Math.sqrt(2 * alpha))));
            }
        }
        Provenance provenance = new Provenance(PlasticMeanFieldLevel.NAME, "plastic mean field (Vegué, Allard and Desrosiers 2025), large-alpha "
                + "trace-rule weights, " + samples + " sampled neurons per population", Map.of("seed", Long.toString(seed), "sweeps",
                Integer.toString(sweeps)));
        return new PlasticMeanFieldResult(populations, weights, sweeps, provenance, warnings);
    }
}
