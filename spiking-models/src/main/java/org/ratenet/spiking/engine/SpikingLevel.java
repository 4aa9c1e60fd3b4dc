package org.ratenet.spiking.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.ratenet.api.dynamics.VectorSupport;
import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.UnsupportedSpecException;
import org.ratenet.api.model.Level;
import org.ratenet.api.spec.PopulationSpec;
import org.ratenet.api.model.TransferFunction;
import org.ratenet.api.model.NeuronModel;
import org.ratenet.api.result.Warning;
import org.ratenet.api.run.CheckpointPolicy;
import org.ratenet.api.run.RunContext;
import org.ratenet.api.run.RunObserver;
import org.ratenet.api.registry.Registries;
import org.ratenet.api.result.Provenance;
import org.ratenet.api.result.SpikeRecord;
import org.ratenet.api.result.TimeSeries;
import org.ratenet.api.result.WeightSummary;
import org.ratenet.api.spec.ProjectionSpec;
import org.ratenet.api.spec.ExperimentSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.RecordingSpec;
import org.ratenet.api.spec.SimulationSpec;
import org.ratenet.api.units.Dimension;

/**
 * The {@code spiking} level: builds the network of a spec and simulates it (on one or more threads, with the
 * same bits) for the experiment's
 * duration and time step from its seed ({@link SimulationSpec#DEFAULT} without an experiment). Rates and CVs exclude the
 * experiment's warm-up (0 means none).
 */
public final class SpikingLevel implements Level<SpikingResult> {


    private final Registries registries;

    @Inject
    public SpikingLevel(Registries registries) {
        this.registries = registries;
    }

    @Override
    public String name() {
        return Level.SPIKING;
    }

    @Override
    public void checkSupported(NetworkSpec spec) {
        SpikingNetwork.check(spec, registries);
    }

    /** What {@link #evaluate(ExperimentSpec, RunContext)} would refuse, before any work: delays, probes, memory. */
    @Override
    public void checkSupported(ExperimentSpec experiment) {
        SpikingNetwork.plan(experiment.network(), registries).check(experiment.simulation());
    }

    /** Also the context's threads: no more than neurons, and their split of the rows within the heap. */
    @Override
    public void checkSupported(ExperimentSpec experiment, RunContext context) {
        checkSupported(experiment);
        NetworkSpec network = experiment.network();
        long sources = network.projections().stream().mapToLong(p -> network.population(p.source()).orElseThrow().size()).sum();
        MemoryEstimate.checkThreads(context.threads(), network.neuronCount(), sources);
    }

    @Override
    public SpikingResult evaluate(NetworkSpec spec) {
        return evaluate(new ExperimentSpec(spec, SimulationSpec.DEFAULT, Map.of()), RunContext.DEFAULT);
    }

    @Override
    public SpikingResult evaluate(ExperimentSpec experiment) {
        return evaluate(experiment, RunContext.DEFAULT);
    }

    /**
     * Runs on the context's threads (same bits for any number), reporting the build and progress to its observer; with a
     * checkpoint policy keeps checkpoints and starts from the last one when asked to resume (not with weight recording,
     * whose history a checkpoint does not hold).
     */
    @Override
    public SpikingResult evaluate(ExperimentSpec experiment, RunContext context) {
        NetworkSpec spec = experiment.network();
        SimulationSpec simulation = experiment.simulation();
        RunObserver observer = context.observer();
        int threads = context.threads();
        long t0 = System.nanoTime();
        SpikingNetwork net = SpikingNetwork.build(spec, simulation, registries);
        double dt = simulation.dtMs();
        StateProbes probes = probes(spec, net, dt);
        long t1 = System.nanoTime();
        observer.built(net.synapses(), (t1 - t0) / 1e9);
        int steps = simulation.steps();
        SpikingEngine engine = new SpikingEngine(net, threads, probes.size() == 0 ? null : probes);
        List<ProjectionSpec> plastic = spec.projections().stream().filter(p -> p.plasticityRule().isPresent()).toList();
        List<double[]> finalWeights = new ArrayList<>();
        List<TimeSeries> weightHistory = new ArrayList<>();
        try (engine) {
            double every = spec.recording().weightIntervalMs();
            if (every > 0 && !plastic.isEmpty()) {
                weightHistory.add(runRecordingWeights(engine, plastic, steps, Math.max(1, (int) Math.round(every / dt)), dt, observer));
            } else {
                runInChunks(engine, steps, observer, context.checkpoints().orElse(null), dt);
            }
            for (ProjectionSpec p : plastic) {
                finalWeights.add(engine.synapses(p.name()).weights());
            }
        }
        long t2 = System.nanoTime();
        SpikeTrains trains = engine.spikes();
        double warmup = simulation.warmupMs();
        int fromStep = simulation.warmupSteps();
        StringBuilder ownModels = new StringBuilder();
        spec.models().values().forEach(m -> ownModels.append("; ").append(m.summary()));
        Provenance provenance = new Provenance(name(), "time-driven engine (each population by its model's dynamics; the LIF integrates delta and exponential "
                + "current synapses exactly, conductances frozen at the step midpoint" + ownModels + "), dt = " + dt + " ms", Map.of("seed", Long.toString(simulation.seed()), "duration",
                simulation.durationMs() + " ms", "warm-up excluded", warmup + " ms", "threads", Integer.toString(threads), "passes",
                VectorSupport.describe()));
        List<String> names = new ArrayList<>();
        List<SpikeStatistics> stats = new ArrayList<>();
        double[] chi = new double[net.populations.size()];
        List<TimeSeries> states = new ArrayList<>();
        for (int a = 0; a < net.populations.size(); a++) {
            NeuronPopulation pop = net.populations.get(a);
            names.add(pop.name);
            stats.add(SpikeStatistics.of(trains, pop.offset, pop.offset + pop.size, fromStep, steps, dt));
            List<double[]> traces = new ArrayList<>();
            boolean probed = false;
            for (int p = 0; p < probes.size(); p++) {
                int g = probes.neuron(p);
                if (g >= pop.offset && g < pop.offset + pop.size) {
                    probed = true;
                    if (probes.variable(p).equals("V_m")) {
                        traces.add(probes.samples(p));
                    }
                }
            }
            chi[a] = traces.size() >= 2 ? SpikeStatistics.synchrony(traces.toArray(double[][]::new)) : Double.NaN;
            if (probed) {
                states.add(stateSeries(pop, probes, dt, provenance));
            }
        }
        long events = net.events(trains);
        double wall = (t2 - t1) / 1e9;
        SpikingResult.Performance performance = new SpikingResult.Performance(threads, (t1 - t0) / 1e9, wall, net.synapses(),
                trains.size(), events / wall, net.bytesPerSynapse());
        List<WeightSummary> weights = new ArrayList<>();
        for (int q = 0; q < plastic.size(); q++) {
            weights.add(WeightSummary.of(plastic.get(q).name(), finalWeights.get(q), plastic.get(q).synapse().kind().weightDimension(), provenance,
                    List.of()));
        }
        return new SpikingResult(names, stats, chi, rateHistograms(spec, net, trains, steps, dt, provenance),
                spikeRecords(spec, net, trains, simulation, provenance), states, weights, weightHistory, trains.hash(), trains, performance, provenance,
                activityWarnings(spec, names, stats, dt));
    }

    /**
     * Populations that fire near their maximal rate 1/max(dt, t_ref) (t_ref as the model's transfer function gives it,
     * else one step) after the warm-up — saturation, e.g. runaway excitation — or fire not at all.
     */
    private List<Warning> activityWarnings(NetworkSpec spec, List<String> names, List<SpikeStatistics> stats, double dt) {
        List<Warning> warnings = new ArrayList<>();
        Registries resolved = registries.with(spec);
        for (int a = 0; a < names.size(); a++) {
            double refractory = refractoryMs(spec.populations().get(a), resolved);
            double maxHz = 1000 / Math.max(dt, Double.isNaN(refractory) ? dt : refractory);
            double rate = stats.get(a).rateHz();
            if (rate >= SATURATION * maxHz) {
                warnings.add(new Warning("saturation", "population " + names.get(a) + " fires well below its maximal rate",
                        String.format(java.util.Locale.ROOT, "it fires at %.1f Hz, %.0f %% of 1/max(dt, t_ref) = %.0f Hz: runaway excitation, not a "
                                + "physiological state", rate, 100 * rate / maxHz, maxHz)));
            } else if (stats.get(a).spikes() == 0) {
                warnings.add(new Warning("silent", "population " + names.get(a) + " fires", "it fired no spike after the warm-up"));
            }
        }
        return warnings;
    }

    /** At least this fraction of the maximal rate is saturation. */
    static final double SATURATION = 0.5;

    @SuppressWarnings("unchecked")
    private static <P extends Record> double refractoryMs(PopulationSpec p, Registries registries) {
        NeuronModel<P> model = (NeuronModel<P>) registries.neuronModels().get(p.neuron().kind());
        return model instanceof TransferFunction<?> f ? ((TransferFunction<P>) f).refractoryMs(model.build(p.neuron().parameters())) : Double.NaN;
    }

    /**
     * Runs the engine to {@code steps} in at most 200 chunks, reporting progress; with checkpoints, first restores the
     * last one when resuming, and writes one whenever {@code everySteps} have passed since the previous.
     */
    private static void runInChunks(SpikingEngine engine, int steps, RunObserver observer, CheckpointPolicy checkpoints, double dt) {
        int everySteps = checkpoints == null ? Integer.MAX_VALUE : (int) Math.max(1, Math.round(checkpoints.everyMs() / dt));
        try {
            if (checkpoints != null && checkpoints.resume() && java.nio.file.Files.exists(checkpoints.file())) {
                engine.restore(checkpoints.file());
            }
            int chunk = Math.max(1, (steps + 199) / 200);
            int saved = engine.currentStep();
            while (engine.currentStep() < steps) {
                engine.run(Math.min(chunk, steps - engine.currentStep()));
                observer.progress(engine.currentStep(), steps);
                if (checkpoints != null && engine.currentStep() - saved >= everySteps && engine.currentStep() < steps) {
                    engine.checkpoint(checkpoints.file());
                    saved = engine.currentStep();
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("checkpoint " + checkpoints.file() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code steps} in chunks of {@code every} steps and after each takes the weight distribution of every plastic
     * projection: channels {@code <projection>.mean}, {@code .std}, {@code .q05}, {@code .q50}, {@code .q95}, at the
     * chunks' end times.
     */
    private static TimeSeries runRecordingWeights(SpikingEngine engine, List<ProjectionSpec> plastic, int steps, int every, double dt,
                                                  RunObserver observer) {
        int chunks = (steps + every - 1) / every;
        double[] times = new double[chunks];
        double[][][] values = new double[plastic.size()][5][chunks];
        for (int c = 0; c < chunks; c++) {
            int run = Math.min(every, steps - c * every);
            engine.run(run);
            observer.progress((long) c * every + run, steps);
            times[c] = engine.currentStep() * dt;
            for (int q = 0; q < plastic.size(); q++) {
                WeightSummary w = WeightSummary.of(plastic.get(q).name(), engine.synapses(plastic.get(q).name()).weights(), Dimension.VOLTAGE,
                        HISTORY, List.of());
                values[q][0][c] = w.mean();
                values[q][1][c] = w.standardDeviation();
                values[q][2][c] = w.quantiles()[0];
                values[q][3][c] = w.quantiles()[2];
                values[q][4][c] = w.quantiles()[4];
            }
        }
        TimeSeries.Builder b = TimeSeries.builder(times);
        String[] suffixes = {"mean", "std", "q05", "q50", "q95"};
        for (int q = 0; q < plastic.size(); q++) {
            Dimension unit = plastic.get(q).synapse().kind().weightDimension();
            for (int k = 0; k < suffixes.length; k++) {
                b.channel(plastic.get(q).name() + "." + suffixes[k], unit, values[q][k]);
            }
        }
        return b.build(HISTORY, List.of());
    }

    private static final Provenance HISTORY = new Provenance(Level.SPIKING, "weights of plastic projections, sampled during the run", Map.of());

    /** Probes of the spec's recording: a declared state variable of the first k neurons of a population every interval. */
    private static StateProbes probes(NetworkSpec spec, SpikingNetwork net, double dt) {
        List<Integer> neurons = new ArrayList<>();
        List<String> variables = new ArrayList<>();
        List<Integer> intervals = new ArrayList<>();
        for (RecordingSpec.Probe probe : spec.recording().probes()) { // variables and intervals were checked by the network's plan
            NeuronPopulation pop = net.population(probe.population());
            long steps = Math.round(probe.intervalMs() / dt);
            for (int i = 0; i < Math.min(probe.neurons(), pop.size); i++) {
                neurons.add(pop.offset + i);
                variables.add(probe.variable());
                intervals.add((int) steps);
            }
        }
        return new StateProbes(neurons.stream().mapToInt(Integer::intValue).toArray(), variables.toArray(String[]::new),
                intervals.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The probes of population {@code pop} as one series, channels {@code <population>[i].<variable>}. */
    private static TimeSeries stateSeries(NeuronPopulation pop, StateProbes probes, double dt, Provenance provenance) {
        TimeSeries.Builder b = null;
        for (int p = 0; p < probes.size(); p++) {
            int g = probes.neuron(p);
            if (g < pop.offset || g >= pop.offset + pop.size) {
                continue;
            }
            double[] v = probes.samples(p);
            if (b == null) {
                double[] times = new double[v.length];
                for (int k = 0; k < v.length; k++) {
                    times[k] = (k + 1.0) * probes.intervalSteps(p) * dt;
                }
                b = TimeSeries.builder(times);
            }
            b.channel(pop.name + "[" + (g - pop.offset) + "]." + probes.variable(p), probes.unit(p), v);
        }
        return b.build(provenance, List.of());
    }

    /** Population rates (Hz) in bins of the recording's rate_bin, channels {@code <population>.rate}, bin starts as times. */
    private static TimeSeries rateHistograms(NetworkSpec spec, SpikingNetwork net, SpikeTrains trains, int steps, double dt,
                                             Provenance provenance) {
        int binSteps = Math.max(1, (int) Math.round(spec.recording().rateBinMs() / dt));
        int bins = Math.max(1, steps / binSteps);
        double[][] counts = new double[net.populations.size()][bins];
        for (int k = 0; k < trains.size(); k++) {
            int bin = trains.step(k) / binSteps;
            if (bin >= bins) {
                continue;
            }
            int g = trains.neuron(k);
            for (int a = 0; a < net.populations.size(); a++) {
                NeuronPopulation pop = net.populations.get(a);
                if (g >= pop.offset && g < pop.offset + pop.size) {
                    counts[a][bin]++;
                    break;
                }
            }
        }
        double[] times = new double[bins];
        for (int b = 0; b < bins; b++) {
            times[b] = b * binSteps * dt;
        }
        TimeSeries.Builder builder = TimeSeries.builder(times);
        for (int a = 0; a < net.populations.size(); a++) {
            NeuronPopulation pop = net.populations.get(a);
            for (int b = 0; b < bins; b++) {
                counts[a][b] /= (double) pop.size * binSteps * dt * 1e-3;
            }
            builder.channel(pop.name + ".rate", Dimension.RATE, counts[a]);
        }
        return builder.build(provenance, List.of());
    }

    /** Spikes of the recording's populations, of their first {@code sample} neurons. */
    private static List<SpikeRecord> spikeRecords(NetworkSpec spec, SpikingNetwork net, SpikeTrains trains, SimulationSpec simulation,
                                                  Provenance provenance) {
        List<SpikeRecord> records = new ArrayList<>();
        for (String name : spec.recording().spikePopulations()) {
            NeuronPopulation pop = net.population(name);
            int recorded = Math.min(pop.size, spec.recording().spikeSample());
            List<Integer> neurons = new ArrayList<>();
            List<Double> times = new ArrayList<>();
            for (int k = 0; k < trains.size(); k++) {
                int local = trains.neuron(k) - pop.offset;
                if (local >= 0 && local < recorded) {
                    neurons.add(local);
                    times.add(trains.step(k) * simulation.dtMs());
                }
            }
            records.add(new SpikeRecord(name, recorded, 0, simulation.durationMs(), neurons.stream().mapToInt(Integer::intValue).toArray(),
                    times.stream().mapToDouble(Double::doubleValue).toArray(), provenance, List.of()));
        }
        return records;
    }
}
