package org.ratenet.spiking.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.ratenet.api.error.Require;
import org.ratenet.api.model.Level;
import org.ratenet.api.registry.Registries;
import org.ratenet.api.result.Provenance;
import org.ratenet.api.spec.ExperimentSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.SimulationSpec;

/**
 * The {@code spiking} level: builds the network of a spec and simulates it (on one or more threads, with the
 * same bits) for the experiment's
 * duration and time step from its seed (1000 ms, 0.1 ms, seed 1 without an experiment). Rates and CVs exclude the
 * warm-up (the experiment's, or 200 ms — at most half the run — when it sets none).
 */
public final class SpikingLevel implements Level<SpikingResult> {

    private static final SimulationSpec DEFAULT = new SimulationSpec(1000, SimulationSpec.DEFAULT_DT_MS, 0, 1);

    private final Registries registries;
    private final int threads;

    @Inject
    public SpikingLevel(Registries registries) {
        this(registries, 1);
    }

    /** A level that runs on {@code threads} threads (results are the same bits for any number). */
    public SpikingLevel(Registries registries, int threads) {
        this.registries = registries;
        this.threads = Require.atLeast("threads", threads, 1);
    }

    @Override
    public String name() {
        return Level.SPIKING;
    }

    @Override
    public void checkSupported(NetworkSpec spec) {
        SpikingNetwork.check(spec, registries);
    }

    @Override
    public SpikingResult evaluate(NetworkSpec spec) {
        return run(spec, DEFAULT);
    }

    @Override
    public SpikingResult evaluate(ExperimentSpec experiment) {
        return run(experiment.network(), experiment.simulation());
    }

    private SpikingResult run(NetworkSpec spec, SimulationSpec simulation) {
        long t0 = System.nanoTime();
        SpikingNetwork net = SpikingNetwork.build(spec, simulation, registries);
        long t1 = System.nanoTime();
        int steps = (int) Math.round(simulation.durationMs() / simulation.dtMs());
        SpikingEngine engine = new SpikingEngine(net, threads);
        try (engine) {
            engine.run(steps);
        }
        long t2 = System.nanoTime();
        double warmup = simulation.warmupMs() > 0 ? simulation.warmupMs() : Math.min(200, simulation.durationMs() / 2);
        int fromStep = (int) Math.round(warmup / simulation.dtMs());
        List<String> names = new ArrayList<>();
        List<SpikeStatistics> stats = new ArrayList<>();
        for (LifPopulation pop : net.populations) {
            names.add(pop.name);
            stats.add(SpikeStatistics.of(engine.spikes(), pop.offset, pop.offset + pop.size, fromStep, steps, simulation.dtMs()));
        }
        long events = net.events(engine.spikes());
        double wall = (t2 - t1) / 1e9;
        SpikingResult.Performance performance = new SpikingResult.Performance(threads, (t1 - t0) / 1e9, wall, net.synapses(),
                engine.spikes().size(), events / wall, net.bytesPerSynapse());
        Provenance provenance = new Provenance(name(), "time-driven LIF with delta synapses, exact integration, dt = "
                + simulation.dtMs() + " ms", Map.of("seed", Long.toString(simulation.seed()), "duration", simulation.durationMs() + " ms",
                "warm-up excluded", warmup + " ms"));
        return new SpikingResult(names, stats, engine.spikes().hash(), performance, engine.spikes(), provenance, List.of());
    }
}
