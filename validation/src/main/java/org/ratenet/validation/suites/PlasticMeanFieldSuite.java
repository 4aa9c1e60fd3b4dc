package org.ratenet.validation.suites;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Objects;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.quicktheories.core.Gen;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.ProjectionSpec;
import org.ratenet.api.spec.SynapseSpec;
import org.ratenet.api.units.Unit;
import org.ratenet.plasticity.PlasticMeanField;
import org.ratenet.plasticity.PlasticMeanFieldResult;
import org.ratenet.plasticity.TraceRule;
import org.ratenet.spiking.engine.SpikingEngine;
import org.ratenet.validation.BatchMeans;
import org.ratenet.validation.CaseOutcome;
import org.ratenet.validation.CheckRecorder;
import org.ratenet.validation.CheckResult;
import org.ratenet.validation.Comparison;
import org.ratenet.validation.PropertyCheck;
import org.ratenet.validation.ValidationContext;
import org.ratenet.validation.ValidationSuite;

/**
 * Plastic mean field ↔ plastic spiking network (Vegué, Allard and Desrosiers 2025): for a LIF network whose projections
 * follow the trace rule, the self-consistent rates and weights of the plastic mean field against a simulation. Judged
 * where the mean field's large-α limit applies (α = ν / r_p ≥ 10): population mean rates within the batch-means interval
 * plus 5 %, mean weights within 5 %; at smaller α the numbers and the Kolmogorov–Smirnov distance of the rate
 * distributions are reported, not judged (the weights are biased there by the trace noise through the weight function's
 * curvature). On the user's network when it has trace-rule projections, otherwise on random plastic E–I networks
 * ({@link #randomNetworks}: log-normal in-degrees, saturating Hebbian on E→E, r_p 0.8–1.5 Hz).
 */
public final class PlasticMeanFieldSuite implements ValidationSuite {

    static final double RELATIVE_ALLOWANCE = 0.05;
    static final double LARGE_ALPHA = 10;
    /** The longest warm-up spent waiting for the plastic network to become stationary. */
    private static final double MAX_WARMUP_MS = 60_000;
    private static final double ALPHA = 1e-4;

    @Override
    public String name() {
        return "plastic-meanfield";
    }

    @Override
    public Optional<String> notApplicable(ValidationContext context) {
        if (context.experiment().isEmpty()) {
            return Optional.empty();
        }
        NetworkSpec spec = context.experiment().get().network();
        if (traceProjections(spec, context).isEmpty()) {
            return Optional.of("the experiment has no projection with the trace rule");
        }
        try {
            new PlasticMeanField(spec, context.registries(), 10, 1);
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of("the plastic mean field cannot represent this network: " + e.getMessage());
        }
    }

    private static List<String> traceProjections(NetworkSpec spec, ValidationContext context) {
        List<String> names = new ArrayList<>();
        for (ProjectionSpec p : spec.projections()) {
            p.plasticityRule().ifPresent(r -> {
                if (context.registries().plasticityRules().get(r.kind()).build(r.parameters()) instanceof TraceRule) {
                    names.add(p.name());
                }
            });
        }
        return names;
    }

    private static final String HYPOTHESIS = "the simulated population rates and mean weights equal the plastic mean field's (at α = ν/r_p >= "
            + (int) LARGE_ALPHA + ")";
    private static final String TOLERANCE = "rates: t interval of 100 ms batch means (α = " + ALPHA + ") + 5 %; mean weights: 5 % (the large-α "
            + "accuracy the seed paper reports); below α = " + (int) LARGE_ALPHA + " reported only; measured once the simulated rates change by"
            + " less than 1 % and the mean weight by less than 0.1 % per second (warm-up at least 6/r_p, at most 60 s)";

    @Override
    public List<CheckResult> run(ValidationContext context) {
        if (context.experiment().isPresent()) {
            NetworkSpec spec = context.experiment().get().network();
            CheckRecorder r = new CheckRecorder("plastic-meanfield." + spec.name(), List.of("plastic meanfield", "plastic spiking"), HYPOTHESIS,
                    TOLERANCE, 0, context.seed(), "tolerances");
            Outcome o = compare(spec, context, context.cases(20, 50));
            r.note("info  " + o.stationarity());
            for (int k = 0; k < o.lines().size(); k++) {
                if (o.judged().get(k) == null) {
                    r.note("n/a   " + o.lines().get(k));
                } else {
                    r.compare(o.judged().get(k), o.lines().get(k));
                }
            }
            return List.of(r.result());
        }
        int examples = context.cases(22, 100);
        CheckRecorder r = new CheckRecorder("plastic-meanfield.random-plastic-ei", List.of("plastic meanfield", "plastic spiking"), HYPOTHESIS,
                TOLERANCE, Math.min(1, 3 * examples * ALPHA), context.seed(), "tolerances");
        return List.of(PropertyCheck.run(r, randomNetworks(), examples, 2, context.seed(), c -> {
            Outcome o = compare(c.spec(), context, 10);
            List<Comparison> judged = o.judged().stream().filter(Objects::nonNull).toList();
            String line = c + ": " + o.stationarity() + "; " + String.join("; ", o.lines());
            return judged.isEmpty() ? CaseOutcome.notApplicable(line) : CaseOutcome.of(judged, line);
        }));
    }

    /** How stationarity was reached, per compared quantity a line, and its comparison when it is judged (null when α is too small). */
    private record Outcome(String stationarity, List<String> lines, List<Comparison> judged) {
    }

    private static Outcome compare(NetworkSpec spec, ValidationContext context, int blocks) {
        List<String> lines = new ArrayList<>();
        List<Comparison> judged = new ArrayList<>();
        PlasticMeanFieldResult mf = new PlasticMeanField(spec, context.registries(), 400, context.seed()).solve(5);
        List<String> plastic = traceProjections(spec, context);
        double slowestRp = Double.POSITIVE_INFINITY;
        for (String name : plastic) {
            ComponentSpec rule = projection(spec, name).plasticityRule().orElseThrow();
            slowestRp = Math.min(slowestRp, ((TraceRule) context.registries().plasticityRules().get(rule.kind()).build(rule.parameters()))
                    .trace().degradationRateHz());
        }
        double minWarmupMs = Math.max(1000, 6000 / slowestRp); // six trace time constants: the traces start at 0
        double[][] simWeights = new double[plastic.size()][];
        double[] warmup = new double[1];
        Optional<SpikingSamples> stationary = SpikingSamples.measureStationary(spec, context.registries(), context.seed(), minWarmupMs,
                MAX_WARMUP_MS, blocks, context.simulationThreads(), (SpikingEngine engine) -> {
                    for (int k = 0; k < plastic.size(); k++) {
                        simWeights[k] = engine.synapses(plastic.get(k)).weights();
                    }
                }, engine -> Arrays.stream(engine.synapses(plastic.get(0)).weights()).average().orElse(0), warmup);
        if (stationary.isEmpty()) {
            return new Outcome(String.format(Locale.ROOT, "the simulation still drifts (rates by more than 1 %% or the mean weight by more than"
                    + " 0.1 %% per second) after %.0f s: no stationary state to compare", warmup[0] / 1000), lines, judged);
        }
        SpikingSamples sim = stationary.get();
        String stationarity = String.format(Locale.ROOT, "stationary after %.1f s (rates changing < 1 %%, the mean weight < 0.1 %% per second)",
                warmup[0] / 1000);
        for (int p = 0; p < spec.populations().size(); p++) {
            double predicted = mf.populations().get(p).mean();
            double alpha = predicted / slowestRp;
            BatchMeans rate = sim.rate(p);
            double allowed = rate.halfWidth(ALPHA) + RELATIVE_ALLOWANCE * predicted;
            double ks = new KolmogorovSmirnovTest().kolmogorovSmirnovStatistic(sim.neuronRates(p), mf.populations().get(p).rates());
            lines.add(String.format(Locale.ROOT, "%s rate: plastic mean field %.3f Hz, spiking %.3f ± %.3f Hz (SE), α = %.3g, KS distance of the "
                    + "rate distributions %.3f%s", spec.populations().get(p).name(), predicted, rate.mean(), rate.standardError(), alpha, ks, judgedText(alpha)));
            judged.add(alpha >= LARGE_ALPHA ? new Comparison(spec.populations().get(p).name() + " rate", predicted, rate.mean(), allowed, "Hz") : null);
        }
        for (int k = 0; k < plastic.size(); k++) {
            String name = plastic.get(k);
            PlasticMeanFieldResult.Weights w = mf.projections().stream().filter(x -> x.projection().equals(name)).findFirst().orElseThrow();
            double observed = Arrays.stream(simWeights[k]).average().orElse(Double.NaN);
            int target = spec.populations().indexOf(spec.population(projection(spec, name).target()).orElseThrow());
            double alpha = mf.populations().get(target).mean() / slowestRp;
            lines.add(String.format(Locale.ROOT, "%s mean weight: plastic mean field %.5g mV, spiking %.5g mV (over %d synapses), α = %.3g%s",
                    name, w.mean(), observed, simWeights[k].length, alpha, judgedText(alpha)));
            judged.add(alpha >= LARGE_ALPHA ? new Comparison(name + " weight", w.mean(), observed, RELATIVE_ALLOWANCE * Math.abs(w.mean()), "mV") : null);
        }
        return new Outcome(stationarity, lines, judged);
    }

    private static String judgedText(double alpha) {
        return alpha >= LARGE_ALPHA ? "" : " (α < " + (int) LARGE_ALPHA + ": reported, not judged)";
    }

    /** A random plastic E–I network: the reference network's structure with its parameters drawn (see {@link #randomNetworks}). */
    record RandomPlastic(int excitatory, int inDegree, double jumpMv, double g, double externalHz, double rP, double theta, double width) {

        NetworkSpec spec() {
            return network("random-plastic-ei", excitatory, inDegree, jumpMv, g, externalHz, rP, theta, width);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "N_E=%d K=%d J=%.3f mV g=%.2f ν_ext=%.1f Hz r_p=%.2f Hz θ_W=%.0f Hz² width %.0f Hz²", excitatory, inDegree,
                    jumpMv, g, externalHz, rP, theta, width);
        }
    }

    /** N_E 800–1500, in-degree 150–300 (log-normal, s.d. 5 %), J 0.04–0.06 mV, g 4.5–6, 200 external inputs at 60–90 Hz, r_p 0.8–1.5 Hz. */
    static Gen<RandomPlastic> randomNetworks() {
        return in -> new RandomPlastic(integers().between(800, 1500).generate(in), integers().between(150, 300).generate(in),
                doubles().between(0.04, 0.06).generate(in), doubles().between(4.5, 6).generate(in), doubles().between(60, 90).generate(in),
                doubles().between(0.8, 1.5).generate(in), doubles().between(600, 1200).generate(in), doubles().between(300, 600).generate(in));
    }

    private static ProjectionSpec projection(NetworkSpec spec, String name) {
        return spec.projections().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    /** The reference network of the plasticity module's own check, at r_p = 0.5 Hz (α ≈ 34). */
    static NetworkSpec referenceNetwork() {
        return network("reference-plastic-ei", 2000, 400, 0.05, 5, 75, 0.5, 900, 450);
    }

    /**
     * N_E + N_E/4 LIF neurons (Brunel's parameters), log-normal in-degrees K (E) and K/4 (I) of s.d. 5 %, PSPs J and −g J,
     * 200 external inputs of 0.1 mV at {@code externalHz}, the trace rule with the saturating Hebbian weight function
     * (w_min 0.5, w_max 1) on E→E.
     */
    static NetworkSpec network(String name, int excitatory, int inDegree, double jumpMv, double g, double externalHz, double rP, double theta,
                               double width) {
        ComponentSpec lif = ComponentSpec.of("lif", new org.ratenet.api.neuron.LifModel().exampleParameters());
        ComponentSpec fromE = ComponentSpec.of("indegree_distribution", ParameterSet.builder().put("distribution", "lognormal")
                .put("mean", inDegree).put("sd", Math.max(1, inDegree / 20)).build());
        ComponentSpec fromI = ComponentSpec.of("indegree_distribution", ParameterSet.builder().put("distribution", "lognormal")
                .put("mean", inDegree / 4).put("sd", Math.max(1, inDegree / 80)).build());
        ComponentSpec trace = ComponentSpec.of("trace", ParameterSet.builder().put("r_p", rP, Unit.HZ)
                .put("weight_function", "saturating_hebbian").put("theta", theta).put("width", width).put("w_min", 0.5).put("w_max", 1.0).build());
        return NetworkSpec.builder(name).population("E", excitatory, lif).population("I", excitatory / 4, lif)
                .projection(new ProjectionSpec("EE", "E", "E", fromE, SynapseSpec.delta(jumpMv, 1.5), trace))
                .projection("E", "I", fromE, SynapseSpec.delta(jumpMv, 1.5))
                .projection("I", "E", fromI, SynapseSpec.delta(-g * jumpMv, 1.5))
                .projection("I", "I", fromI, SynapseSpec.delta(-g * jumpMv, 1.5))
                .drive(new DriveSpec.Poisson("E", externalHz, 200, SynapseSpec.delta(0.1, 0)))
                .drive(new DriveSpec.Poisson("I", externalHz, 200, SynapseSpec.delta(0.1, 0)))
                .build();
    }
}
