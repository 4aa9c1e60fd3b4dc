package org.ratenet.validation.suites;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.quicktheories.core.Gen;
import org.ratenet.api.error.UnsupportedSpecException;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.model.Level;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.registry.Registries;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.SynapseSpec;
import org.ratenet.api.units.Unit;
import org.ratenet.rate.meanfield.MeanFieldLevel;
import org.ratenet.rate.meanfield.MeanFieldResult;
import org.ratenet.rate.meanfield.NeuronTransfer;
import org.ratenet.validation.BatchMeans;
import org.ratenet.validation.CaseOutcome;
import org.ratenet.validation.CheckRecorder;
import org.ratenet.validation.CheckResult;
import org.ratenet.validation.Comparison;
import org.ratenet.validation.PropertyCheck;
import org.ratenet.validation.ValidationContext;
import org.ratenet.validation.ValidationSuite;

/**
 * Mean field ↔ spiking: the stable Siegert fixed point (Brunel 2000) against the population rates of the simulated
 * network, for the user's network when one is given and for random sparse E–I LIF networks drawn inside the
 * diffusion-approximation regime (a third with exponential current synapses of τ_s = 0.2–0.5 ms and the Fourcaud–Brunel
 * colored-noise correction, a third with log-normal in-degrees of 3–10 % s.d. and the heterogeneous mean field, whose
 * rate quantiles across neurons are reported next to the simulated ones; many small inputs: in-degree 100–400,
 * J = 0.05–0.2 mV ≪ θ − V_r; inhibition-dominated,
 * g = 5–7, η = 1.2–2.2, τ_m = 15–25 ms, delays 1–2.5 ms: the asynchronous irregular region of Brunel's
 * Figure 2, away from its oscillatory states, where the stationary mean field is not expected to hold). The simulated rate is a batch mean (seeds × 100 ms blocks) with a
 * t confidence interval; the mean field is allowed a stated relative error for what it neglects (finite jumps, finite
 * in-degree, correlations).
 */
public final class MeanFieldSpikingSuite implements ValidationSuite {

    /** The mean-field error allowed besides the statistics: 5 % of the predicted rate + 0.5 Hz. */
    static final double RELATIVE_ALLOWANCE = 0.05;
    static final double ABSOLUTE_ALLOWANCE_HZ = 0.5;
    /** False-failure rate per compared population. */
    static final double ALPHA = 1e-4;

    @Override
    public String name() {
        return "meanfield-spiking";
    }

    @Override
    public Optional<String> notApplicable(ValidationContext context) {
        if (context.experiment().isEmpty()) {
            return Optional.empty();
        }
        try {
            context.ratenet().levels().get(Level.MEANFIELD).checkSupported(context.experiment().get().network());
            return Optional.empty();
        } catch (UnsupportedSpecException e) {
            return Optional.of("the mean-field level cannot represent this network: " + e.getMessage());
        }
    }

    @Override
    public List<CheckResult> run(ValidationContext context) {
        List<CheckResult> results = new ArrayList<>();
        context.experiment().ifPresent(e -> results.add(checkNetwork(e.network(), context)));
        results.add(checkRandomNetworks(context));
        return results;
    }

    private static String tolerance(String batches) {
        return "t interval of the batch means (" + batches + ", α = " + ALPHA + " per population) + " + (int) (100 * RELATIVE_ALLOWANCE)
                + " % of the prediction + " + ABSOLUTE_ALLOWANCE_HZ + " Hz for what the diffusion approximation neglects";
    }

    private static final String HYPOTHESIS = "the simulated population rates equal the stable mean-field fixed point";

    private CheckResult checkNetwork(NetworkSpec spec, ValidationContext context) {
        int seeds = context.cases(3, 5);
        int blocks = context.cases(5, 20);
        CheckRecorder r = new CheckRecorder("meanfield-spiking." + spec.name(), List.of("meanfield", "spiking"), HYPOTHESIS,
                tolerance(seeds + " seeds × " + blocks + " blocks of 100 ms after 200 ms"), ALPHA * spec.populations().size(), context.seed(),
                "tolerances");
        CaseOutcome outcome = compare(spec, context.ratenet(), context.seed(), seeds, blocks, context.simulationThreads());
        if (!outcome.applies()) {
            return r.skip(outcome.line());
        }
        String[] lines = outcome.line().split("; ");
        List<String> approximate = approximateModels(spec, context.registries());
        if (!approximate.isEmpty()) { // no theoretical tolerance: measured and reported, never failed
            r.reporting();
            r.note("the transfer functions of " + approximate + " are declared approximate: the discrepancy is reported, not judged");
        }
        for (int p = 0; p < lines.length; p++) {
            Comparison c = outcome.comparisons().get(p);
            if (approximate.isEmpty()) {
                r.compare(c, lines[p]);
            } else {
                r.measure(c, Math.abs(c.observed() - c.expected()) / c.allowed(), lines[p]);
            }
        }
        return r.result();
    }

    /** The neuron models of {@code spec} whose transfer functions declare themselves approximate. */
    static List<String> approximateModels(NetworkSpec spec, Registries registries) {
        return spec.populations().stream().map(p -> NeuronTransfer.of(p, registries)).filter(NeuronTransfer::approximate)
                .map(NeuronTransfer::model).distinct().toList();
    }

    private CheckResult checkRandomNetworks(ValidationContext context) {
        int examples = context.cases(24, 100);
        CheckRecorder r = new CheckRecorder("meanfield-spiking.random-ei", List.of("meanfield", "spiking"), HYPOTHESIS,
                tolerance("3 seeds × 5 blocks of 100 ms after 200 ms"), Math.min(1, 2 * examples * ALPHA), context.seed(), "tolerances");
        return PropertyCheck.run(r, randomNetworks(), examples, 3, context.seed(), c -> {
            CaseOutcome o = compare(c.spec(), context.ratenet(), context.seed(), 3, 5, 1);
            return o.applies() ? CaseOutcome.of(o.comparisons(), c + ": " + o.line()) : CaseOutcome.notApplicable(c + ": " + o.line());
        });
    }

    /**
     * Mean field ↔ spiking on one network as a validity-map point: {@code seeds} seeds × 5 blocks of 100 ms after 200 ms, on
     * {@code threads} threads (the same spikes for any number); the discrepancy is the worst population's, in tolerances;
     * not applicable without a stable fixed point.
     */
    public static CaseOutcome compareLevels(NetworkSpec spec, Ratenet ratenet, long seed, int seeds, int threads) {
        return compare(spec, ratenet, seed, seeds, 5, threads);
    }

    /**
     * Compares every population of {@code spec}: one comparison per population, the lines joined by "; " (not applicable
     * when the mean field has no stable fixed point).
     */
    static CaseOutcome compare(NetworkSpec spec, Ratenet ratenet, long seed, int seeds, int blocks, int threads) {
        return compare(spec, spec, ratenet, seed, seeds, blocks, threads);
    }

    /** {@link #compare} with the mean field of {@code predictedSpec} against the simulation of {@code spec} (to test the check itself). */
    static CaseOutcome compare(NetworkSpec predictedSpec, NetworkSpec spec, Ratenet ratenet, long seed, int seeds, int blocks, int threads) {
        Registries registries = ratenet.registries();
        MeanFieldResult mf = ValidationContext.level(ratenet, Level.MEANFIELD, MeanFieldLevel.class).evaluate(predictedSpec);
        if (mf.stable().isEmpty()) {
            return CaseOutcome.notApplicable("the mean field has no stable fixed point");
        }
        MeanFieldResult.FixedPoint fixedPoint = mf.stable().get();
        double[] predicted = fixedPoint.ratesHz();
        SpikingSamples sim = SpikingSamples.measure(spec, registries, seed, seeds, 200, blocks, threads);
        List<Comparison> comparisons = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int p = 0; p < predicted.length; p++) {
            BatchMeans rate = sim.rate(p);
            double allowed = rate.halfWidth(ALPHA) + RELATIVE_ALLOWANCE * predicted[p] + ABSOLUTE_ALLOWANCE_HZ;
            String name = spec.populations().get(p).name();
            comparisons.add(new Comparison(spec.name() + " " + name, predicted[p], rate.mean(), allowed, "Hz"));
            line.append(line.length() == 0 ? "" : "; ").append(String.format(Locale.ROOT,
                    "%s: mean field %.3f Hz, spiking %.3f ± %.3f Hz (SE), CV %.2f, |Δ| %.3f Hz, allowed %.3f Hz", name, predicted[p], rate.mean(),
                    rate.standardError(), sim.cv(p), Math.abs(rate.mean() - predicted[p]), allowed));
            double[] q = fixedPoint.distributions().get(p).quantilesHz();
            if (q[q.length - 1] - q[0] > 1e-9) { // heterogeneous: the rate distribution across neurons, reported
                double[] s = sim.neuronRates(p);
                Arrays.sort(s);
                line.append(String.format(Locale.ROOT, " (5/50/95 %% rates across neurons: mean field %.1f/%.1f/%.1f Hz, spiking %.1f/%.1f/%.1f Hz"
                        + " incl. counting noise)", q[0], q[2], q[4], s[(int) (0.05 * (s.length - 1))], s[(s.length - 1) / 2], s[(int) (0.95 * (s.length - 1))]));
            }
        }
        return CaseOutcome.of(comparisons, line.toString());
    }

    /**
     * A random sparse E–I network (Brunel 2000 model A geometry, N_I = N_E / 4, C_I = C_E / 4, θ = 20 mV, E_L = 0), with
     * delta synapses (τ_s = 0) or exponential current synapses of τ_s whose charge equals the PSP J (w = J C_m / τ_s), and
     * fixed in-degrees (spread 0) or log-normal ones of relative s.d. {@code degreeSpread}.
     */
    record RandomEi(int excitatory, int inDegree, double jumpMv, double g, double eta, double tauMs, double refractoryMs, double delayMs,
                    double resetMv, double tauSynMs, double degreeSpread) {

        RandomEi(int excitatory, int inDegree, double jumpMv, double g, double eta, double tauMs, double refractoryMs, double delayMs,
                 double resetMv) {
            this(excitatory, inDegree, jumpMv, g, eta, tauMs, refractoryMs, delayMs, resetMv, 0, 0);
        }

        NetworkSpec spec() {
            ComponentSpec lif = ComponentSpec.of("lif", ParameterSet.builder().put("tau_m", tauMs, Unit.MS).put("V_th", 20, Unit.MV)
                    .put("V_reset", resetMv, Unit.MV).put("E_L", 0, Unit.MV).put("t_ref", refractoryMs, Unit.MS).build());
            ComponentSpec fromE = degrees(inDegree);
            ComponentSpec fromI = degrees(inDegree / 4);
            double threshold = 1000 * 20 / (jumpMv * inDegree * tauMs); // ν_thr (Hz) per external input
            return NetworkSpec.builder("random-ei").population("E", excitatory, lif).population("I", excitatory / 4, lif)
                    .projection("E", "E", fromE, synapse(jumpMv, delayMs)).projection("E", "I", fromE, synapse(jumpMv, delayMs))
                    .projection("I", "E", fromI, synapse(-g * jumpMv, delayMs)).projection("I", "I", fromI, synapse(-g * jumpMv, delayMs))
                    .drive(new DriveSpec.Poisson("E", eta * threshold, inDegree, synapse(jumpMv, 0)))
                    .drive(new DriveSpec.Poisson("I", eta * threshold, inDegree, synapse(jumpMv, 0)))
                    .build();
        }

        private ComponentSpec degrees(int mean) {
            if (degreeSpread == 0) {
                return ComponentSpec.of("fixed_indegree", ParameterSet.builder().put("indegree", mean).build());
            }
            return ComponentSpec.of("indegree_distribution", ParameterSet.builder().put("distribution", "lognormal").put("mean", mean)
                    .put("sd", Math.max(1, (int) Math.round(degreeSpread * mean))).build());
        }

        /** A delta synapse of PSP {@code psp}, or a current synapse with the same charge (C_m = 250 pF, the LIF default). */
        private SynapseSpec synapse(double psp, double delay) {
            return tauSynMs == 0 ? SynapseSpec.delta(psp, delay) : SynapseSpec.current(psp * 250 / tauSynMs, tauSynMs, delay);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "N_E=%d C_E=%d J=%.3f mV g=%.2f η=%.2f τ_m=%.1f ms t_ref=%.2f ms D=%.2f ms V_r=%.1f mV%s%s",
                    excitatory, inDegree, jumpMv, g, eta, tauMs, refractoryMs, delayMs, resetMv,
                    tauSynMs == 0 ? "" : String.format(Locale.ROOT, " τ_s=%.2f ms", tauSynMs),
                    degreeSpread == 0 ? "" : String.format(Locale.ROOT, " in-degree s.d. %.0f %%", 100 * degreeSpread));
        }
    }

    static Gen<RandomEi> randomNetworks() {
        return in -> {
            int n = integers().between(1000, 4000).generate(in);
            int k = integers().between(100, Math.min(400, n / 5)).generate(in);
            RandomEi base = new RandomEi(n, k, doubles().between(0.05, 0.2).generate(in), doubles().between(5, 7).generate(in),
                    doubles().between(1.2, 2.2).generate(in), doubles().between(15, 25).generate(in), doubles().between(1, 3).generate(in),
                    Math.round(10 * doubles().between(1, 2.5).generate(in)) / 10.0, doubles().between(0, 15).generate(in)); // delay on the 0.1 ms grid
            int variant = integers().between(0, 2).generate(in); // 0: as Brunel; 1: current synapses; 2: heterogeneous in-degrees
            double tauSyn = variant == 1 ? doubles().between(0.2, 0.5).generate(in) : 0;
            double spread = variant == 2 ? doubles().between(0.03, 0.1).generate(in) : 0;
            return new RandomEi(base.excitatory(), base.inDegree(), base.jumpMv(), base.g(), base.eta(), base.tauMs(), base.refractoryMs(),
                    base.delayMs(), base.resetMv(), tauSyn, spread);
        };
    }
}
