package org.ratenet.validation.contract;

import java.lang.reflect.InvocationTargetException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Locale;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.ratenet.api.error.Require;
import org.ratenet.api.model.NeuronModel;
import org.ratenet.api.model.TransferFunction;
import org.ratenet.api.param.ParameterDef;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.registry.Registries;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.SimulationSpec;
import org.ratenet.api.spec.SynapseSpec;
import org.ratenet.api.units.Dimension;
import org.ratenet.api.units.Quantity;
import org.ratenet.spiking.engine.SpikeTrains;
import org.ratenet.spiking.engine.SpikingEngine;
import org.ratenet.spiking.engine.SpikingNetwork;
import org.ratenet.spiking.engine.StateProbes;
import org.ratenet.validation.BatchMeans;
import org.ratenet.validation.CheckRecorder;
import org.ratenet.validation.CheckResult;
import org.ratenet.validation.Comparison;

/**
 * The checks every neuron model the spiking engine runs must pass, as plain methods returning a {@link CheckResult}
 * (the JUnit face is {@link NeuronModelContract}; {@code ratenet validate --model NAME} runs the same checks). The model
 * runs through the real engine, looked up by name in the given registries, so the checks see what a user's simulation
 * sees. Input scales are found from the model itself: the rheobase I₁ (the smallest constant current giving two spikes
 * in a second, by bisection) sets the currents, and the model's transfer function, when it declares one, sets the noisy
 * inputs.
 *
 * @param <P> the model's parameter record
 */
public final class ContractChecks<P extends Record> {

    /** PSP of the Poisson noise and the recurrent synapses of the test network (mV). */
    private static final double NOISE_JUMP_MV = 0.2;
    private static final double DT_MS = 0.1;

    private final NeuronModel<P> model;
    private final ParameterSet parameters;
    private final Registries registries;
    private final TransferFunction<P> transfer;
    private final long seed;
    private final TransferCheckSettings settings;
    private double rheobase = Double.NaN;

    /**
     * @param model the model, registered under its name in {@code registries}
     * @param parameters a valid parameter set of the model (schema defaults are filled in)
     * @param transfer the model's transfer function, or empty when it declares none
     * @param settings the noisy inputs and sizes of the transfer-function check
     */
    public ContractChecks(NeuronModel<P> model, ParameterSet parameters, Registries registries, Optional<TransferFunction<P>> transfer,
                          long seed, TransferCheckSettings settings) {
        this.model = Require.nonNull("model", model);
        this.parameters = model.parameters().validate(Require.nonNull("parameters", parameters));
        this.registries = Require.nonNull("registries", registries);
        this.transfer = transfer.orElse(null);
        this.seed = seed;
        this.settings = Require.nonNull("settings", settings);
        registries.neuronModels().get(model.name());
    }

    /** Every check, in a fixed order. */
    public List<CheckResult> all() {
        return List.of(parameterValidation(), determinism(), resetAndRefractoryPeriod(), monotoneRateCurve(), threadInvariance(),
                checkpointRoundTrip(), transferFunction());
    }

    /**
     * Each parameter set to NaN, below its declared minimum, or left out when required is rejected with an
     * {@link IllegalArgumentException} whose message names the parameter; and the parameter record rejects NaN in each
     * of its numeric components by itself (validation in the compact constructor, not only in the schema).
     */
    public CheckResult parameterValidation() {
        CheckRecorder r = new CheckRecorder("parameter-validation", List.of("model"),
                "every invalid parameter is rejected with a message naming it", "exact", 0, seed, "");
        P valid;
        try {
            valid = model.create(parameters);
        } catch (IllegalArgumentException e) {
            r.record(false, "the kit's own parameters " + parameters + " are rejected: " + e.getMessage());
            return r.result();
        }
        for (ParameterDef d : model.parameters().definitions()) {
            if (d.type() == ParameterDef.Type.QUANTITY || d.type() == ParameterDef.Type.INTEGER) {
                expectNamedError(r, d.name(), () -> parameters.with(d.name(), new Quantity(Double.NaN, d.dimension())), "NaN");
                if (Double.isFinite(d.min())) {
                    double below = d.minInclusive() ? d.min() - Math.max(1, Math.abs(d.min())) : d.min();
                    expectNamedError(r, d.name(), () -> parameters.with(d.name(), new Quantity(below, d.dimension())), Require.format(below));
                }
            }
            if (d.required()) {
                Map<String, Object> without = new LinkedHashMap<>(parameters.values());
                without.remove(d.name());
                expectNamedError(r, d.name(), () -> new ParameterSet(without), "missing");
            }
        }
        recordComponentsRejectNaN(r, valid);
        return r.result();
    }

    private void expectNamedError(CheckRecorder r, String name, Supplier<ParameterSet> bad, String what) {
        try {
            model.create(model.parameters().validate(bad.get()));
            r.record(false, name + " = " + what + " was accepted");
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            r.record(message.contains(name), name + " = " + what + ": \"" + message + "\"");
        }
    }

    private void recordComponentsRejectNaN(CheckRecorder r, P valid) {
        RecordComponent[] components = model.parameterType().getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int c = 0; c < components.length; c++) {
            types[c] = components[c].getType();
        }
        try {
            Constructor<P> canonical = model.parameterType().getDeclaredConstructor(types);
            canonical.setAccessible(true);
            for (int c = 0; c < components.length; c++) {
                if (types[c] != double.class) {
                    continue;
                }
                Object[] args = new Object[components.length];
                for (int k = 0; k < components.length; k++) {
                    args[k] = components[k].getAccessor().invoke(valid);
                }
                args[c] = Double.NaN;
                try {
                    canonical.newInstance(args);
                    r.record(false, model.parameterType().getSimpleName() + "." + components[c].getName() + " = NaN was accepted by the record");
                } catch (InvocationTargetException e) {
                    boolean named = e.getCause() instanceof IllegalArgumentException;
                    r.record(named, model.parameterType().getSimpleName() + "." + components[c].getName() + " = NaN: " + e.getCause());
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            r.record(false, "cannot construct " + model.parameterType().getName() + " reflectively: " + e);
        }
    }

    /** The same seed gives the same spikes (bit for bit); another seed gives other spikes. */
    public CheckResult determinism() {
        CheckRecorder r = new CheckRecorder("determinism", List.of("spiking"),
                "a run is a function of its seed", "exact (SHA-256 of the spike list)", 0, seed, "");
        NetworkSpec net = testNetwork();
        Run a = run(net, 300, seed, 1, null);
        if (!r.record(a.spikes.size() > 0, "the test network fires (" + a.spikes.size() + " spikes in 300 ms)")) {
            return r.result();
        }
        r.record(a.spikes.hash().equals(run(net, 300, seed, 1, null).spikes.hash()), "same seed " + seed + ": same spike hash");
        r.record(!a.spikes.hash().equals(run(net, 300, seed + 1, 1, null).spikes.hash()), "seed " + (seed + 1) + ": a different spike hash");
        return r.result();
    }

    /** 1, 2 and 3 engine threads give the same spikes. */
    public CheckResult threadInvariance() {
        CheckRecorder r = new CheckRecorder("thread-invariance", List.of("spiking"),
                "spikes do not depend on the number of threads", "exact (SHA-256 of the spike list)", 0, seed, "");
        NetworkSpec net = testNetwork();
        String one = run(net, 300, seed, 1, null).spikes.hash();
        for (int threads = 2; threads <= 3; threads++) {
            r.record(one.equals(run(net, 300, seed, threads, null).spikes.hash()), threads + " threads: same spike hash as 1 thread");
        }
        return r.result();
    }

    /** A run checkpointed after 1234 steps and resumed (on 2 threads) continues bit for bit. */
    public CheckResult checkpointRoundTrip() {
        CheckRecorder r = new CheckRecorder("checkpoint", List.of("spiking"),
                "a run resumed from a checkpoint is identical to an uninterrupted one", "exact (SHA-256 of the spike list)", 0, seed, "");
        NetworkSpec net = testNetwork();
        SimulationSpec sim = new SimulationSpec(300, DT_MS, 0, seed);
        try {
            Path file = Files.createTempFile("ratenet-contract", ".checkpoint");
            try {
                String whole = run(net, 300, seed, 1, null).spikes.hash();
                try (SpikingEngine engine = new SpikingEngine(SpikingNetwork.build(net, sim, registries))) {
                    engine.run(1234);
                    engine.checkpoint(file);
                }
                try (SpikingEngine engine = new SpikingEngine(SpikingNetwork.build(net, sim, registries), 2)) {
                    engine.restore(file);
                    engine.run(3000 - 1234);
                    r.record(whole.equals(engine.spikes().hash()), "checkpoint at step 1234, resumed on 2 threads: same spike hash");
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return r.result();
    }

    /**
     * Under a strong constant current (3 I₁), V equals V_reset at the end of every step of the t_ref after a spike, and
     * no interval is shorter than t_ref. Needs parameters named {@code V_reset} and {@code t_ref} (NEST's names).
     */
    public CheckResult resetAndRefractoryPeriod() {
        CheckRecorder r = new CheckRecorder("reset-refractory", List.of("spiking"),
                "after a spike V is held at V_reset for t_ref", "V within 1e-9 mV of V_reset; intervals >= t_ref", 0, seed, "mV");
        OptionalDouble reset = number("V_reset", Dimension.VOLTAGE);
        OptionalDouble refractory = number("t_ref", Dimension.TIME);
        if (reset.isEmpty() || refractory.isEmpty()) {
            return r.skip("the model has no parameters named V_reset and t_ref");
        }
        int refSteps = (int) Math.round(refractory.getAsDouble() / DT_MS);
        double current = 3 * Math.max(rheobasePa(), 1);
        Run run = run(single(current), 300, seed, 1, StateProbes.membranePotentials(new int[] {0}, new int[] {1}));
        double[] v = run.voltages;
        if (!r.record(run.spikes.size() >= 3, 0, run.spikes.size() + " spikes in 300 ms at " + Require.format(current) + " pA (need 3)")) {
            return r.result();
        }
        double worst = 0;
        double worstAtMs = 0;
        int shortest = Integer.MAX_VALUE;
        for (int s = 0; s < run.spikes.size(); s++) {
            int k = run.spikes.step(s);
            for (int j = k; j < Math.min(k + Math.max(refSteps, 1), v.length); j++) {
                double off = Math.abs(v[j] - reset.getAsDouble());
                if (!(off <= worst)) {
                    worst = Double.isNaN(off) ? Double.POSITIVE_INFINITY : off;
                    worstAtMs = j * DT_MS;
                }
            }
            if (s > 0) {
                shortest = Math.min(shortest, k - run.spikes.step(s - 1));
            }
        }
        r.record(worst <= 1e-9, worst, String.format(Locale.ROOT,
                "over the t_ref after each of %d spikes: max |V − V_reset| = %.3g mV%s", run.spikes.size(), worst,
                worst > 0 ? String.format(Locale.ROOT, " (at %.1f ms)", worstAtMs) : ""));
        r.record(shortest >= refSteps, 0, String.format(Locale.ROOT, "shortest interval %.1f ms, t_ref = %.3g ms",
                shortest * DT_MS, refractory.getAsDouble()));
        return r.result();
    }

    /** The rate under constant current does not decrease as the current grows, is below 2 Hz under I₁/2 and rises by 5 I₁. */
    public CheckResult monotoneRateCurve() {
        CheckRecorder r = new CheckRecorder("f-I-monotone", List.of("spiking"),
                "the f–I curve of a single neuron is non-decreasing",
                "a drop of at most one spike in the 2 s counted (0.5 Hz)", 0, seed, "Hz");
        double i1 = rheobasePa();
        double scale = i1 > 0 ? i1 : 100;
        double[] factors = i1 > 0 ? new double[] {0.5, 0.8, 1, 1.25, 1.5, 2, 3, 5} : new double[] {0, 0.5, 1, 2, 3, 5};
        double previous = -1;
        double first = 0;
        for (double f : factors) {
            double rate = run(single(f * scale), 2000, seed, 1, null).spikes.size() / 2.0;
            if (previous >= 0) {
                double drop = previous - rate;
                r.record(drop <= 0.5, Math.max(drop, 0), Require.format(f * scale) + " pA: " + Require.format(rate) + " Hz (previous " + Require.format(previous) + " Hz)");
            } else {
                first = rate;
                if (i1 > 0) {
                    r.record(rate < 2, 0, "I₁/2 = " + Require.format(f * scale) + " pA: " + Require.format(rate) + " Hz (below 2 Hz)");
                }
            }
            previous = rate;
        }
        r.record(previous > first, 0, "the rate rises from " + Require.format(first) + " Hz to " + Require.format(previous) + " Hz");
        return r.result();
    }

    /**
     * The declared transfer function against the simulated rates of independent neurons under Poisson PSP jumps ±J
     * whose drift m and variance rate s are those the transfer function is evaluated at; the inputs m are chosen where
     * the transfer function gives the target rates of the settings. A case passes when the simulated mean rate is within
     * z standard errors (from the spread of the single-neuron rates) plus the stated model allowance of the prediction.
     */
    public CheckResult transferFunction() {
        double z = new NormalDistribution().inverseCumulativeProbability(1 - settings.falseFailureRatePerCase() / 2);
        int cases = settings.diffusions().length * settings.targetRatesHz().length;
        CheckRecorder r = new CheckRecorder("transfer-function", List.of("transfer function", "spiking"),
                "the simulated stationary rate under white-noise-like input equals the declared transfer function",
                "z = " + Require.format(z) + " standard errors of the mean over " + settings.neurons() + " independent neurons ("
                        + "false failures " + settings.falseFailureRatePerCase() + " per case) + " + Require.format(100 * settings.relativeAllowance())
                        + " % for the diffusion approximation of jumps of " + Require.format(settings.jumpMv()) + " mV and the step " + Require.format(settings.dtMs()) + " ms",
                Math.min(1, cases * settings.falseFailureRatePerCase()), seed, "tolerances");
        if (transfer == null) {
            return r.skip("the model declares no transfer function (implement org.ratenet.api.model.TransferFunction)");
        }
        P p = model.create(parameters);
        if (transfer.approximate()) { // declared approximate: no theoretical tolerance, the discrepancy is reported
            r.reporting();
            r.note("the model declares its transfer function approximate (" + transfer.description() + "): reported, not judged");
        }
        for (double s : settings.diffusions()) {
            for (double target : settings.targetRatesHz()) {
                double m = driftFor(p, target, s);
                double predicted = transfer.rateHz(p, m, s);
                double[] rates = noisyRates(m, s);
                BatchMeans neurons = BatchMeans.of(rates); // independent neurons: the mean and its standard error
                double mean = neurons.mean();
                double se = neurons.standardError();
                double allowed = z * se + settings.relativeAllowance() * predicted;
                double discrepancy = Math.abs(mean - predicted);
                Comparison c = new Comparison(String.format(Locale.ROOT, "s=%.3g, %.3g Hz", s, target), predicted, mean, allowed, "Hz");
                String line = String.format(Locale.ROOT,
                        "m = %.4g mV/ms, s = %.4g mV²/ms: transfer %.3f Hz, simulated %.3f ± %.3f Hz (SE), |Δ| = %.3f Hz, allowed %.3f Hz",
                        m, s, predicted, mean, se, discrepancy, allowed);
                if (transfer.approximate()) {
                    r.measure(c, discrepancy / allowed, line);
                } else {
                    r.compare(c, line);
                }
            }
        }
        return r.result();
    }

    /** The drift m (mV/ms) at which the transfer function gives {@code targetHz} at variance rate s, by bisection. */
    private double driftFor(P p, double targetHz, double s) {
        double lo = -1;
        double hi = 1;
        while (transfer.rateHz(p, lo, s) > targetHz) {
            lo *= 2;
            if (lo < -1e6) {
                throw new IllegalStateException("the transfer function stays above " + targetHz + " Hz for any drift m");
            }
        }
        while (transfer.rateHz(p, hi, s) < targetHz) {
            hi *= 2;
            if (hi > 1e6) {
                throw new IllegalStateException("the transfer function stays below " + targetHz + " Hz for any drift m");
            }
        }
        for (int k = 0; k < 60; k++) {
            double mid = 0.5 * (lo + hi);
            if (transfer.rateHz(p, mid, s) < targetHz) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** Per-neuron rates (Hz) of independent neurons driven by jumps +J at ν₊ and −J at ν₋ with J(ν₊ − ν₋) = m, J²(ν₊ + ν₋) = s. */
    private double[] noisyRates(double m, double s) {
        double jump = Math.min(settings.jumpMv(), 0.9 * s / Math.max(Math.abs(m), 1e-12));
        double total = s / (jump * jump);
        double up = 0.5 * (total + m / jump);
        double down = 0.5 * (total - m / jump);
        NetworkSpec.Builder b = NetworkSpec.builder("contract-transfer").population("N", settings.neurons(), component())
                .drive(new DriveSpec.Poisson("N", 1000 * up, 1, SynapseSpec.delta(jump, 0)));
        if (down > 0) {
            b.drive(new DriveSpec.Poisson("N", 1000 * down, 1, SynapseSpec.delta(-jump, 0)));
        }
        double warmup = settings.warmupMs();
        Run run = run(b.build(), warmup + settings.durationMs(), settings.dtMs(), seed, 1, null);
        int from = (int) Math.round(warmup / settings.dtMs());
        double[] counts = new double[settings.neurons()];
        for (int k = 0; k < run.spikes.size(); k++) {
            if (run.spikes.step(k) >= from) {
                counts[run.spikes.neuron(k)]++;
            }
        }
        for (int i = 0; i < counts.length; i++) {
            counts[i] *= 1000 / settings.durationMs();
        }
        return counts;
    }

    /** I₁ (pA): the smallest constant current giving at least two spikes in 1 s, to 1 %; 0 when the neuron fires without input. */
    public double rheobasePa() {
        if (Double.isNaN(rheobase)) {
            rheobase = findRheobase();
        }
        return rheobase;
    }

    private double findRheobase() {
        if (fires(0)) {
            return 0;
        }
        double hi = 1;
        while (!fires(hi)) {
            hi *= 2;
            if (hi > 1e8) {
                throw new IllegalStateException(model.name() + " does not fire under a constant current of 1e8 pA");
            }
        }
        double lo = hi / 2;
        while (hi - lo > 0.01 * hi) {
            double mid = 0.5 * (lo + hi);
            if (fires(mid)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    private boolean fires(double currentPa) {
        return run(single(currentPa), 1000, seed, 1, null).spikes.size() >= 2;
    }

    private ComponentSpec component() {
        return ComponentSpec.of(model.name(), parameters);
    }

    private NetworkSpec single(double currentPa) {
        return NetworkSpec.builder("contract-single").population("N", 1, component()).drive(new DriveSpec.Current("N", currentPa)).build();
    }

    /** 300 neurons at 1.1 I₁ with Poisson PSPs of 0.2 mV at 1 kHz and 30 recurrent excitatory inputs each, delay 1.5 ms. */
    private NetworkSpec testNetwork() {
        double current = 1.1 * Math.max(rheobasePa(), 1);
        return NetworkSpec.builder("contract-network").population("N", 300, component())
                .projection("N", "N", ComponentSpec.of("fixed_indegree", ParameterSet.builder().put("indegree", 30).build()),
                        SynapseSpec.delta(NOISE_JUMP_MV, 1.5))
                .drive(new DriveSpec.Current("N", current))
                .drive(new DriveSpec.Poisson("N", 1000, 1, SynapseSpec.delta(NOISE_JUMP_MV, 0)))
                .build();
    }

    private record Run(SpikeTrains spikes, double[] voltages) { }

    private Run run(NetworkSpec spec, double durationMs, long runSeed, int threads, StateProbes probes) {
        return run(spec, durationMs, DT_MS, runSeed, threads, probes);
    }

    private Run run(NetworkSpec spec, double durationMs, double dtMs, long runSeed, int threads, StateProbes probes) {
        SimulationSpec sim = new SimulationSpec(durationMs, dtMs, 0, runSeed);
        try (SpikingEngine engine = probes == null ? new SpikingEngine(SpikingNetwork.build(spec, sim, registries), threads)
                : new SpikingEngine(SpikingNetwork.build(spec, sim, registries), threads, probes)) {
            engine.run((int) Math.round(durationMs / dtMs));
            return new Run(engine.spikes(), probes == null ? null : probes.samples(0));
        }
    }

    private OptionalDouble number(String name, Dimension dimension) {
        return model.parameters().find(name).filter(d -> d.dimension() == dimension)
                .map(d -> OptionalDouble.of(parameters.number(name, dimension))).orElse(OptionalDouble.empty());
    }
}
