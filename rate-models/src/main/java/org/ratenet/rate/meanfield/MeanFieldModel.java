package org.ratenet.rate.meanfield;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.ratenet.api.error.UnsupportedSpecException;
import org.ratenet.api.model.ConnectivityRule;
import org.ratenet.api.model.Level;
import org.ratenet.api.neuron.LifModel;
import org.ratenet.api.neuron.LifParameters;
import org.ratenet.api.registry.Registries;
import org.ratenet.api.result.Warning;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.PopulationSpec;
import org.ratenet.api.spec.ProjectionSpec;
import org.ratenet.api.spec.SynapseKind;
import org.ratenet.api.spec.SynapseSpec;

/**
 * The populations of a network in the diffusion approximation (Brunel 2000, eqs. 4–5; the drift and
 * diffusion factors of the NEST example): for population a with rates ν (Hz) of all populations,
 * <pre>
 *   μ_a = E_L + Σ_b D_ab ν_b + d_a,   D_ab = τ_m 10⁻³ K_ab J_ab,   d_a = τ_m 10⁻³ Σ_ext K J ν_ext + τ_m I / C_m
 *   σ_a² = Σ_b S_ab ν_b + s_a,          S_ab = τ_m 10⁻³ K_ab (J_ab² + Var J_ab),  s_a = τ_m 10⁻³ Σ_ext K (J² + Var J) ν_ext
 *   Φ_a(ν) = ν_Siegert(μ_a − c_a σ_a, σ_a),   c_a = (α/2) √(τ_s/τ_m)   (Fourcaud and Brunel 2002)
 * </pre>
 * K is the expected in-degree of the projection's connectivity rule, J the PSP jump in mV: the weight of a
 * delta synapse, or w τ_s / C_m for an exponential current synapse of amplitude w (pA). c_a = 0 with delta
 * synapses; with current synapses τ_s is their K J²-weighted mean.
 */
public final class MeanFieldModel implements MeanFieldSystem {

    private final List<String> names;
    private final SiegertFunction[] siegert;
    private final double[] restMv;
    private final double[][] drift;
    private final double[][] diffusion;
    private final double[] externalDrift;
    private final double[] externalDiffusion;
    private final double[] shiftPerSigma;
    private final double[] synapticTauMs;
    private final List<Warning> warnings;

    MeanFieldModel(List<String> names, SiegertFunction[] siegert, double[] restMv, double[][] drift, double[][] diffusion,
                   double[] externalDrift, double[] externalDiffusion, double[] synapticTauMs, List<Warning> warnings) {
        this.names = List.copyOf(names);
        this.siegert = siegert;
        this.restMv = restMv;
        this.drift = drift;
        this.diffusion = diffusion;
        this.externalDrift = externalDrift;
        this.externalDiffusion = externalDiffusion;
        this.synapticTauMs = synapticTauMs;
        this.shiftPerSigma = new double[names.size()];
        for (int a = 0; a < shiftPerSigma.length; a++) {
            shiftPerSigma[a] = SiegertFunction.COLORED_NOISE_ALPHA / 2 * Math.sqrt(synapticTauMs[a] / siegert[a].tauMs());
        }
        this.warnings = List.copyOf(warnings);
    }

    /** The model of a spec whose populations are {@code lif} with delta or exponential current synapses. */
    public static MeanFieldModel of(NetworkSpec spec, Registries registries) {
        List<PopulationSpec> pops = spec.populations();
        int n = pops.size();
        List<String> names = new ArrayList<>();
        SiegertFunction[] siegert = new SiegertFunction[n];
        LifParameters[] lif = new LifParameters[n];
        double[] rest = new double[n];
        for (int a = 0; a < n; a++) {
            PopulationSpec p = pops.get(a);
            if (!p.neuron().kind().equals(LifModel.NAME)) {
                throw new UnsupportedSpecException(Level.MEANFIELD, "neuron model '" + p.neuron().kind() + "' of population " + p.name(),
                        "the Siegert mean field is for lif neurons");
            }
            lif[a] = (LifParameters) registries.neuronModels().get(LifModel.NAME).build(p.neuron().parameters());
            siegert[a] = SiegertFunction.of(lif[a]);
            rest[a] = lif[a].restingMv();
            names.add(p.name());
        }
        double[][] drift = new double[n][n];
        double[][] diffusion = new double[n][n];
        double[] d0 = new double[n];
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
            double j = jump(p.synapse(), lif[a], "projection " + p.name());
            double jSd = jumpSd(p.synapse(), lif[a]);
            double tau = lif[a].tauMs() * 1e-3;
            drift[a][b] += tau * k * j;
            diffusion[a][b] += tau * k * (j * j + jSd * jSd);
            track(p.synapse(), k, j, a, tauWeighted, currentNoise, maxJump, minInDegree);
        }
        for (DriveSpec d : spec.stationaryDrives()) {
            int a = names.indexOf(d.target());
            double tau = lif[a].tauMs();
            if (d instanceof DriveSpec.Poisson poisson) {
                double j = jump(poisson.synapse(), lif[a], "drive of " + d.target());
                double jSd = jumpSd(poisson.synapse(), lif[a]);
                d0[a] += tau * 1e-3 * poisson.inDegree() * j * poisson.rateHz();
                s0[a] += tau * 1e-3 * poisson.inDegree() * (j * j + jSd * jSd) * poisson.rateHz();
                track(poisson.synapse(), poisson.inDegree(), j, a, tauWeighted, currentNoise, maxJump, minInDegree);
            } else if (d instanceof DriveSpec.Current current) {
                d0[a] += tau * current.currentPa() / lif[a].capacitancePf();
            }
        }
        double[] synapticTau = new double[n];
        List<Warning> warnings = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            synapticTau[a] = currentNoise[a] > 0 ? tauWeighted[a] / currentNoise[a] : 0;
            double range = lif[a].thresholdMv() - lif[a].resetMv();
            if (maxJump[a] > 0.1 * range) {
                warnings.add(new Warning("diffusion-approximation", "|J| << theta - V_reset for population " + names.get(a),
                        "max |J| = " + maxJump[a] + " mV is " + String.format(Locale.ROOT, "%.2g", maxJump[a] / range) + " of theta - V_reset"));
            }
            if (minInDegree[a] < 100) {
                warnings.add(new Warning("many-inputs", "each input source gives many (>= 100) inputs to population " + names.get(a),
                        "smallest in-degree " + minInDegree[a]));
            }
            if (synapticTau[a] > 0.1 * lif[a].tauMs()) {
                warnings.add(new Warning("colored-noise", "tau_s << tau_m for population " + names.get(a),
                        "tau_s / tau_m = " + String.format(Locale.ROOT, "%.2g", synapticTau[a] / lif[a].tauMs())));
            }
        }
        return new MeanFieldModel(names, siegert, rest, drift, diffusion, d0, s0, synapticTau, warnings);
    }

    /** The mean PSP jump (mV) of a delta or exponential current synapse onto a {@code post} neuron: J, or I τ_s / C_m. */
    public static double jump(SynapseSpec s, LifParameters post, String where) {
        if (s.kind() == SynapseKind.DELTA) {
            return s.weight();
        }
        if (s.kind() == SynapseKind.CURRENT) {
            return s.weight() * s.tauSynMs() / post.capacitancePf();
        }
        throw new UnsupportedSpecException(Level.MEANFIELD, s.kind().label() + " synapses of the " + where,
                "the diffusion approximation here is for current-based (delta or exponential current) synapses");
    }

    /** The standard deviation of the PSP jump across synapses (0 for constant weights). */
    public static double jumpSd(SynapseSpec s, LifParameters post) {
        return s.kind() == SynapseKind.CURRENT ? s.weightSd() * s.tauSynMs() / post.capacitancePf() : s.weightSd();
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

    @Override
    public List<Warning> warnings() {
        return warnings;
    }

    @Override
    public double tauMs(int a) {
        return siegert[a].tauMs();
    }

    @Override
    public double refractoryMs(int a) {
        return siegert[a].refractoryMs();
    }

    /** The K J²-weighted synaptic time constant of the current synapses onto a (0 for delta synapses). */
    public double synapticTauMs(int a) {
        return synapticTauMs[a];
    }

    /** μ and σ of every population at rates ν; allocation free. */
    public void moments(double[] rates, double[] mu, double[] sigma) {
        for (int a = 0; a < size(); a++) {
            double m = restMv[a] + externalDrift[a];
            double v = externalDiffusion[a];
            for (int b = 0; b < size(); b++) {
                m += drift[a][b] * rates[b];
                v += diffusion[a][b] * rates[b];
            }
            mu[a] = m;
            sigma[a] = Math.sqrt(Math.max(0, v));
        }
    }

    @Override
    public void transfer(double[] rates, double[] out, double[] jacobian, double[] mu, double[] sigma) {
        moments(rates, mu, sigma);
        double[] d = new double[2];
        int n = size();
        for (int a = 0; a < n; a++) {
            double shift = shiftPerSigma[a] * sigma[a];
            out[a] = siegert[a].evaluate(mu[a] - shift, sigma[a], jacobian == null ? null : d);
            if (jacobian != null) {
                double dMu = d[0];
                double dSigma = d[1] - shiftPerSigma[a] * d[0];
                for (int b = 0; b < n; b++) {
                    double value = dMu * drift[a][b];
                    if (sigma[a] > 0) {
                        value += dSigma * diffusion[a][b] / (2 * sigma[a]);
                    }
                    jacobian[a * n + b] = value;
                }
            }
        }
    }

    @Override
    public double[] neuronRates(int a, double[] rates) {
        double[] phi = new double[size()];
        transfer(rates, phi, null, new double[size()], new double[size()]);
        return new double[] {phi[a]};
    }

    SiegertFunction siegert(int a) {
        return siegert[a];
    }

    /** E_L of population a (mV). */
    public double restMv(int a) {
        return restMv[a];
    }

    /**
     * The stationary rate (Hz) of a population-a neuron whose free membrane potential has mean {@code muMv} and standard
     * deviation {@code sigmaMv} (Siegert, with the colored-noise threshold shift of exponential current synapses).
     */
    public double neuronRate(int a, double muMv, double sigmaMv) {
        return siegert[a].evaluate(muMv - shiftPerSigma[a] * sigmaMv, sigmaMv, null);
    }

    double drift(int a, int b) {
        return drift[a][b];
    }

    double diffusion(int a, int b) {
        return diffusion[a][b];
    }

    /** The drift term d_a of the external drives (mV): μ = E_L + d_a + Σ drift ν. */
    public double externalDrift(int a) {
        return externalDrift[a];
    }

    /** The diffusion term s_a of the external drives (mV²): σ² = s_a + Σ diffusion ν. */
    public double externalDiffusion(int a) {
        return externalDiffusion[a];
    }

    double shiftPerSigma(int a) {
        return shiftPerSigma[a];
    }
}
