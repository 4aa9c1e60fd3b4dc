package org.ratenet.rate.meanfield;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.ratenet.api.error.UnsupportedSpecException;
import org.ratenet.api.model.ConnectivityRule;
import org.ratenet.api.model.Level;
import org.ratenet.api.registry.Registries;
import org.ratenet.api.result.Warning;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.PopulationSpec;
import org.ratenet.api.spec.ProjectionSpec;
import org.ratenet.api.spec.SynapseKind;
import org.ratenet.api.spec.SynapseSpec;

/**
 * The populations of a network in the diffusion approximation (Brunel 2000, eqs. 4–5, written for any neuron model with
 * a {@link org.ratenet.api.model.TransferFunction}): for population a with rates ν (Hz) of all populations, the input's
 * drift m (mV/ms) and diffusion s (mV²/ms) are
 * <pre>
 *   m_a = Σ_b M_ab ν_b + m⁰_a,   M_ab = 10⁻³ K_ab J_ab,            m⁰_a = 10⁻³ Σ_ext K J ν_ext + I / C_m
 *   s_a = Σ_b S_ab ν_b + s⁰_a,   S_ab = 10⁻³ K_ab (J_ab² + Var J_ab), s⁰_a = 10⁻³ Σ_ext K (J² + Var J) ν_ext
 *   Φ_a(ν) = F_a(m_a, s_a; τ_s,a)
 * </pre>
 * with F_a the population's transfer function (for the LIF, Siegert at μ = E_L + τ_m m, σ² = τ_m s, with the
 * coloured-noise correction of Fourcaud and Brunel 2002). K is the expected in-degree of the projection's connectivity
 * rule, J the PSP jump in mV: the weight of a delta synapse, or w τ_s / C_m for an exponential current synapse of
 * amplitude w (pA). τ_s is the K J²-weighted mean of the current synapses' time constants (0 with delta synapses).
 */
public final class MeanFieldModel implements MeanFieldSystem {

    /** The pseudo-time constant (ms) of a model that gives no membrane time constant. */
    static final double DEFAULT_TAU_MS = 10;

    private final List<String> names;
    private final NeuronTransfer[] transfer;
    private final double[][] drift;
    private final double[][] diffusion;
    private final double[] externalDrift;
    private final double[] externalDiffusion;
    private final double[] synapticTauMs;
    private final List<Warning> warnings;

    private MeanFieldModel(List<String> names, NeuronTransfer[] transfer, double[][] drift, double[][] diffusion,
                           double[] externalDrift, double[] externalDiffusion, double[] synapticTauMs, List<Warning> warnings) {
        this.names = List.copyOf(names);
        this.transfer = transfer;
        this.drift = drift;
        this.diffusion = diffusion;
        this.externalDrift = externalDrift;
        this.externalDiffusion = externalDiffusion;
        this.synapticTauMs = synapticTauMs;
        this.warnings = List.copyOf(warnings);
    }

    /** The model of a spec whose neuron models have transfer functions, with delta or exponential current synapses. */
    public static MeanFieldModel of(NetworkSpec spec, Registries all) {
        Registries registries = all.with(spec);
        List<PopulationSpec> pops = spec.populations();
        int n = pops.size();
        List<String> names = new ArrayList<>();
        NeuronTransfer[] transfer = new NeuronTransfer[n];
        for (int a = 0; a < n; a++) {
            transfer[a] = NeuronTransfer.of(pops.get(a), registries);
            names.add(pops.get(a).name());
        }
        double[][] drift = new double[n][n];
        double[][] diffusion = new double[n][n];
        double[] m0 = new double[n];
        double[] s0 = new double[n];
        double[] tauWeighted = new double[n];
        double[] currentNoise = new double[n];
        double[] maxJump = new double[n];
        double[] minInDegree = new double[n];
        Arrays.fill(minInDegree, Double.POSITIVE_INFINITY);
        for (ProjectionSpec p : spec.projections()) {
            if (p.plasticity() != null) {
                throw new UnsupportedSpecException(Level.MEANFIELD, "plasticity of projection " + p.name(),
                        "the static mean field needs fixed weights; the plastic mean field is separate");
            }
            int a = names.indexOf(p.target());
            int b = names.indexOf(p.source());
            ConnectivityRule rule = registries.connectivityRules().get(p.connectivity().kind()).build(p.connectivity().parameters());
            double k = rule.expectedInDegree(pops.get(b).size(), pops.get(a).size(), a == b);
            double j = jump(p.synapse(), transfer[a], "projection " + p.name());
            double jSd = jumpSd(p.synapse(), transfer[a], "projection " + p.name());
            drift[a][b] += 1e-3 * k * j;
            diffusion[a][b] += 1e-3 * k * (j * j + jSd * jSd);
            track(p.synapse(), k, j, a, tauWeighted, currentNoise, maxJump, minInDegree);
        }
        for (DriveSpec d : spec.stationaryDrives()) {
            int a = names.indexOf(d.target());
            if (d instanceof DriveSpec.Poisson poisson) {
                double j = jump(poisson.synapse(), transfer[a], "drive of " + d.target());
                double jSd = jumpSd(poisson.synapse(), transfer[a], "drive of " + d.target());
                m0[a] += 1e-3 * poisson.inDegree() * j * poisson.rateHz();
                s0[a] += 1e-3 * poisson.inDegree() * (j * j + jSd * jSd) * poisson.rateHz();
                track(poisson.synapse(), poisson.inDegree(), j, a, tauWeighted, currentNoise, maxJump, minInDegree);
            } else if (d instanceof DriveSpec.Current current) {
                m0[a] += current.currentPa() / transfer[a].capacitancePf("current drive of " + d.target());
            }
        }
        double[] synapticTau = new double[n];
        List<Warning> warnings = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            synapticTau[a] = currentNoise[a] > 0 ? tauWeighted[a] / currentNoise[a] : 0;
            warnings.addAll(validity(names.get(a), transfer[a], maxJump[a], minInDegree[a], synapticTau[a]));
        }
        return new MeanFieldModel(names, transfer, drift, diffusion, m0, s0, synapticTau, warnings);
    }

    /** The diffusion approximation's conditions for one population that its inputs violate. */
    private static List<Warning> validity(String name, NeuronTransfer f, double maxJump, double minInDegree, double synapticTau) {
        List<Warning> warnings = new ArrayList<>();
        double range = f.resetToThresholdMv();
        if (maxJump > 0.1 * range) {
            warnings.add(new Warning("diffusion-approximation", "|J| << theta - V_reset for population " + name,
                    "max |J| = " + maxJump + " mV is " + String.format(Locale.ROOT, "%.2g", maxJump / range) + " of theta - V_reset"));
        }
        if (minInDegree < 100) {
            warnings.add(new Warning("many-inputs", "each input source gives many (>= 100) inputs to population " + name,
                    "smallest in-degree " + minInDegree));
        }
        double tauM = f.membraneTimeConstantMs();
        if (synapticTau > 0 && !f.filtersSynapticNoise()) {
            warnings.add(new Warning("colored-noise", "the transfer function of model '" + f.model() + "' (population " + name
                    + ") assumes white noise", "synaptic tau_s = " + String.format(Locale.ROOT, "%.3g", synapticTau) + " ms"));
        } else if (synapticTau >= 0.1 * tauM) {
            warnings.add(new Warning("colored-noise", "tau_s << tau_m for population " + name,
                    "tau_s / tau_m = " + String.format(Locale.ROOT, "%.2g", synapticTau / tauM)));
        }
        return warnings;
    }

    /** The mean PSP jump (mV) of a delta or exponential current synapse onto a {@code post} neuron: J, or w τ_s / C_m. */
    public static double jump(SynapseSpec s, NeuronTransfer post, String where) {
        if (s.kind() == SynapseKind.DELTA) {
            return s.weight();
        }
        if (s.kind() == SynapseKind.CURRENT) {
            return s.weight() * s.tauSynMs() / post.capacitancePf("current synapses of the " + where);
        }
        throw new UnsupportedSpecException(Level.MEANFIELD, s.kind().label() + " synapses of the " + where,
                "the diffusion approximation here is for current-based (delta or exponential current) synapses");
    }

    /** The standard deviation of the PSP jump across synapses (0 for constant weights). */
    public static double jumpSd(SynapseSpec s, NeuronTransfer post, String where) {
        return s.kind() == SynapseKind.CURRENT ? s.weightSd() * s.tauSynMs() / post.capacitancePf("current synapses of the " + where)
                : s.weightSd();
    }

    private static void track(SynapseSpec s, double k, double j, int a, double[] tauWeighted, double[] currentNoise,
                              double[] maxJump, double[] minInDegree) {
        if (s.kind() == SynapseKind.CURRENT) {
            tauWeighted[a] += k * j * j * s.tauSynMs();
            currentNoise[a] += k * j * j;
        }
        if (k > 0) {
            maxJump[a] = Math.max(maxJump[a], Math.abs(j));
            minInDegree[a] = Math.min(minInDegree[a], k);
        }
    }

    @Override
    public int size() {
        return names.size();
    }

    @Override
    public List<String> names() {
        return names;
    }

    /** Each distinct model's transfer function, e.g. {@code lif: Siegert formula (...)}. */
    @Override
    public String method() {
        return Arrays.stream(transfer).map(f -> f.model() + ": " + f.description()).distinct().collect(Collectors.joining("; "));
    }

    @Override
    public List<Warning> warnings() {
        return warnings;
    }

    /** τ_m of population a's model, or {@value #DEFAULT_TAU_MS} ms when it gives none. */
    @Override
    public double tauMs(int a) {
        double tau = transfer[a].membraneTimeConstantMs();
        return tau > 0 ? tau : DEFAULT_TAU_MS;
    }

    @Override
    public double refractoryMs(int a) {
        return transfer[a].refractoryMs();
    }

    /** Population a's transfer function. */
    public NeuronTransfer transfer(int a) {
        return transfer[a];
    }

    /** The K J²-weighted synaptic time constant of the current synapses onto a (0 for delta synapses). */
    public double synapticTauMs(int a) {
        return synapticTauMs[a];
    }

    /** The drift m (mV/ms) and diffusion s (mV²/ms) of every population's input at rates ν; allocation free. */
    public void moments(double[] rates, double[] drifts, double[] diffusions) {
        for (int a = 0; a < size(); a++) {
            double m = externalDrift[a];
            double v = externalDiffusion[a];
            for (int b = 0; b < size(); b++) {
                m += drift[a][b] * rates[b];
                v += diffusion[a][b] * rates[b];
            }
            drifts[a] = m;
            diffusions[a] = Math.max(0, v);
        }
    }

    @Override
    public void transfer(double[] rates, double[] out, double[] jacobian, double[] mu, double[] sigma) {
        int n = size();
        double[] m = new double[n];
        double[] s = new double[n];
        moments(rates, m, s);
        double[] d = new double[2];
        for (int a = 0; a < n; a++) {
            if (jacobian == null) {
                out[a] = rate(a, m[a], s[a]);
            } else {
                out[a] = transfer[a].rateAndDerivatives(m[a], s[a], synapticTauMs[a], d);
                for (int b = 0; b < n; b++) {
                    jacobian[a * n + b] = d[0] * drift[a][b] + d[1] * diffusion[a][b];
                }
            }
            transfer[a].freeMembraneMoments(m[a], s[a], d);
            mu[a] = d[0];
            sigma[a] = d[1];
        }
    }

    @Override
    public double[] neuronRates(int a, double[] rates) {
        double[] m = new double[size()];
        double[] s = new double[size()];
        moments(rates, m, s);
        return new double[] {rate(a, m[a], s[a])};
    }

    /** The stationary rate (Hz) of a population-a neuron whose input has drift m (mV/ms) and diffusion s (mV²/ms). */
    public double rate(int a, double driftMvPerMs, double diffusionMv2PerMs) {
        return transfer[a].rateHz(driftMvPerMs, diffusionMv2PerMs, synapticTauMs[a]);
    }

    /** M_ab = ∂m_a/∂ν_b (mV/ms per Hz). */
    public double drift(int a, int b) {
        return drift[a][b];
    }

    /** S_ab = ∂s_a/∂ν_b (mV²/ms per Hz). */
    public double diffusion(int a, int b) {
        return diffusion[a][b];
    }

    /** m⁰_a, the drift of the external drives (mV/ms). */
    public double externalDrift(int a) {
        return externalDrift[a];
    }

    /** s⁰_a, the diffusion of the external drives (mV²/ms). */
    public double externalDiffusion(int a) {
        return externalDiffusion[a];
    }
}
