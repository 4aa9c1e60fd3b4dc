package org.ratenet.validation.suites;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.rng.simple.RandomSource;
import org.quicktheories.core.Gen;
import org.ratenet.api.model.PlasticityRule;
import org.ratenet.api.model.SpikeTimingRule;
import org.ratenet.api.random.SeedSequence;
import org.ratenet.api.spec.ProjectionSpec;
import org.ratenet.plasticity.PairStdp;
import org.ratenet.plasticity.SpikeTimingDrift;
import org.ratenet.plasticity.TraceRule;
import org.ratenet.plasticity.TripletStdp;
import org.ratenet.validation.CaseOutcome;
import org.ratenet.validation.CheckRecorder;
import org.ratenet.validation.CheckResult;
import org.ratenet.validation.Comparison;
import org.ratenet.validation.PropertyCheck;
import org.ratenet.validation.ValidationContext;
import org.ratenet.validation.ValidationSuite;

/**
 * Spike ↔ rate for plasticity: the weight drift of a spike-timing rule under independent Poisson pre- and postsynaptic
 * trains, measured by exact event-driven simulation of one synapse ({@link SpikeTimingDrift}), equals the rule's rate
 * limit ({@link PlasticityRule#expectedDrift}): ν_pre ν_post (A₊τ₊ − A₋τ₋) for additive all-to-all pair STDP, its
 * weight-dependent and nearest-spike forms, and the BCM-like limit of the triplet rule (Pfister and Gerstner 2006, eq. 4).
 * On the spike-timing rules of the user's plastic projections when there are any, otherwise on generated rules. Per
 * case 20 independent trials of 200 s; H0: the mean measured drift equals the prediction (the rate limit integrated over
 * the trial, since a weight-dependent rule's weight moves); two-sided t-test (t₁₉).
 */
public final class PlasticitySuite implements ValidationSuite {

    private static final int TRIALS = 20;
    private static final double TRIAL_MS = 200_000;
    private static final double ALPHA = 1e-4;
    private static final double WIDE = 1e9;

    @Override
    public String name() {
        return "plasticity";
    }

    @Override
    public Optional<String> notApplicable(ValidationContext context) {
        if (context.experiment().isPresent() && fileRules(context).isEmpty()) {
            return Optional.of("the experiment has no projection with a spike-timing rule other than the trace rule");
        }
        return Optional.empty();
    }

    @Override
    public List<CheckResult> run(ValidationContext context) {
        double t = new TDistribution(TRIALS - 1).inverseCumulativeProbability(1 - ALPHA / 2);
        int examples = context.cases(24, 200);
        CheckRecorder r = new CheckRecorder("plasticity.stdp-drift", List.of("rate limit", "spike timing"),
                "the mean weight drift of the rule under independent Poisson trains equals its rate limit",
                String.format(Locale.ROOT, "t₁₉ = %.2f standard errors of the mean of %d trials of %.0f s (α = %g per case)", t, TRIALS, TRIAL_MS / 1000, ALPHA),
                Math.min(1, examples * ALPHA), context.seed(), "tolerances");
        List<SpikeTimingRule> rules = fileRules(context);
        Gen<SpikeTimingRule> ruleGen = rules.isEmpty() ? generatedRules() : integers().between(0, rules.size() - 1).map(rules::get);
        Gen<Case> cases = ruleGen.zip(doubles().between(5, 40), doubles().between(5, 40), doubles().between(0.2, 0.8), integers().all(), Case::new);
        return List.of(PropertyCheck.run(r, cases, examples, 5, context.seed(), c -> drift(c, t, context.seed())));
    }

    /** A rule, the two rates (Hz), the initial weight and a key for the trials' streams. */
    record Case(SpikeTimingRule rule, double preHz, double postHz, double weight, int key) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s at pre %.2f Hz, post %.2f Hz, w %.3f", rule, preHz, postHz, weight);
        }
    }

    private static CaseOutcome drift(Case c, double t, long seed) {
        double mean = 0;
        double[] drifts = new double[TRIALS];
        for (int k = 0; k < TRIALS; k++) {
            drifts[k] = SpikeTimingDrift.measure(c.rule(), c.preHz(), c.postHz(), c.weight(), TRIAL_MS,
                    RandomSource.XO_RO_SHI_RO_128_PP.create(SeedSequence.of(seed, c.key(), k)));
            mean += drifts[k] / TRIALS;
        }
        double ss = 0;
        for (double d : drifts) {
            ss += (d - mean) * (d - mean);
        }
        double se = Math.sqrt(ss / (TRIALS - 1) / TRIALS);
        double expected = averageDrift(c.rule(), c.preHz(), c.postHz(), c.weight());
        // per second, so that the plot's numbers read naturally
        Comparison comparison = new Comparison(c.rule().name(), 1000 * expected, 1000 * mean, 1000 * t * se, "1/s");
        return CaseOutcome.of(List.of(comparison), String.format(Locale.ROOT, "%s: rate limit %.4g /s, measured %.4g ± %.2g /s (SE)",
                c, 1000 * expected, 1000 * mean, 1000 * se));
    }

    /**
     * The rate limit's mean drift over a trial, (w(T) − w(0)) / T with dw/dt = expectedDrift(ν_pre, ν_post, w) integrated
     * by RK4 (4000 steps): for weight-dependent rules the weight moves during a trial, so the drift at w(0) alone is not
     * what the simulation measures. For additive rules it is the constant drift.
     */
    static double averageDrift(SpikeTimingRule rule, double pre, double post, double w0) {
        int steps = 4000;
        double h = TRIAL_MS / steps;
        double w = w0;
        for (int k = 0; k < steps; k++) {
            double k1 = rule.expectedDrift(pre, post, w);
            double k2 = rule.expectedDrift(pre, post, w + 0.5 * h * k1);
            double k3 = rule.expectedDrift(pre, post, w + 0.5 * h * k2);
            double k4 = rule.expectedDrift(pre, post, w + h * k3);
            w += h / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
        }
        return (w - w0) / TRIAL_MS;
    }

    private static List<SpikeTimingRule> fileRules(ValidationContext context) {
        List<SpikeTimingRule> rules = new ArrayList<>();
        if (context.experiment().isEmpty()) {
            return rules;
        }
        for (ProjectionSpec p : context.experiment().get().network().projections()) {
            p.plasticityRule().ifPresent(spec -> {
                PlasticityRule rule = context.registries().plasticityRules().get(spec.kind()).build(spec.parameters());
                // the trace rule's rate limit holds at large α only: plastic-meanfield checks it
                if (rule instanceof SpikeTimingRule timing && !(rule instanceof TraceRule) && !rules.contains(timing)) {
                    rules.add(timing);
                }
            });
        }
        return rules;
    }

    /**
     * Pair STDP (A± 1e-3–1e-2, τ± 10–40 ms; additive with wide bounds or multiplicative in [0, 1]; all-to-all or
     * nearest-spike) and triplet STDP (Pfister and Gerstner's visual-cortex fit with amplitudes scaled by 0.5–2).
     */
    static Gen<SpikeTimingRule> generatedRules() {
        Gen<SpikeTimingRule> pair = in -> {
            boolean multiplicative = integers().between(0, 1).generate(in) == 1;
            return new PairStdp(doubles().between(1e-3, 1e-2).generate(in), doubles().between(1e-3, 1e-2).generate(in),
                    doubles().between(10, 40).generate(in), doubles().between(10, 40).generate(in), multiplicative ? 0 : -WIDE,
                    multiplicative ? 1 : WIDE, multiplicative ? "multiplicative" : "additive",
                    integers().between(0, 1).generate(in) == 1 ? "nearest" : "all_to_all");
        };
        Gen<SpikeTimingRule> triplet = in -> {
            double scale = doubles().between(0.5, 2).generate(in);
            return new TripletStdp(5e-3 * scale, 6.2e-3 * scale, 7e-3 * scale, 2.3e-4 * scale, 16.8, 33.7, 101, 125, -WIDE, WIDE);
        };
        return pair.mix(triplet, 30);
    }
}
