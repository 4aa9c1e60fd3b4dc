package org.ratenet.api.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;
import org.ratenet.api.error.UnsupportedSpecException;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.model.Level;
import org.ratenet.api.run.RunContext;
import org.ratenet.api.run.RunObserver;
import org.ratenet.api.result.Result;
import org.ratenet.api.spec.ExperimentSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.RecordingSpec;
import org.ratenet.api.spec.SimulationSpec;

/**
 * An experiment assembled in code and run on several levels:
 *
 * <pre>{@code
 * ExperimentResults results = Experiment.of(network)
 *         .simulate(1000, 0.1).seed(12345)
 *         .record(new RecordingSpec(List.of("E"), 100, 1.0, List.of()))
 *         .levels(Level.MEANFIELD, Level.SPIKING)
 *         .run(Ratenet.create());
 * MeanFieldResult mf = results.get(Level.MEANFIELD, MeanFieldResult.class);
 * }</pre>
 *
 * Without {@link #levels} every registered level that can represent the network runs; those that cannot are listed in
 * {@link ExperimentResults#notRun()} with their reason. Each call returns a new, immutable experiment.
 */
public final class Experiment {

    private final ExperimentSpec spec;
    private final List<String> levels;
    private final RunContext context;

    private Experiment(ExperimentSpec spec, List<String> levels) {
        this(spec, levels, RunContext.DEFAULT);
    }

    private Experiment(ExperimentSpec spec, List<String> levels, RunContext context) {
        this.spec = spec;
        this.levels = List.copyOf(levels);
        this.context = context;
    }

    /** An experiment of {@code network} with the default simulation settings ({@link SimulationSpec#DEFAULT}). */
    public static Experiment of(NetworkSpec network) {
        return new Experiment(new ExperimentSpec(Require.nonNull("network", network), SimulationSpec.DEFAULT, Map.of()), List.of());
    }

    /** An experiment as written in a file (network, simulation settings and named parameters). */
    public static Experiment of(ExperimentSpec experiment) {
        return new Experiment(Require.nonNull("experiment", experiment), List.of());
    }

    /** Simulated time and time step (ms) for the levels that run in time. */
    public Experiment simulate(double durationMs, double dtMs) {
        SimulationSpec s = spec.simulation();
        SimulationSpec d = s.withDuration(durationMs);
        return with(new SimulationSpec(durationMs, dtMs, d.warmupMs(), s.seed()));
    }

    /** The part of the simulated time (ms) that statistics leave out. */
    public Experiment warmup(double warmupMs) {
        SimulationSpec s = spec.simulation();
        return with(new SimulationSpec(s.durationMs(), s.dtMs(), warmupMs, s.seed()));
    }

    /** The master seed every random stream derives from. */
    public Experiment seed(long seed) {
        SimulationSpec s = spec.simulation();
        return with(s.withSeed(seed));
    }

    /** What the spiking level records (spikes, rate bins, voltage probes, weights). */
    public Experiment record(RecordingSpec recording) {
        NetworkSpec n = spec.network();
        NetworkSpec.Builder b = NetworkSpec.builder(n.name());
        n.populations().forEach(b::population);
        n.projections().forEach(b::projection);
        n.drives().forEach(b::drive);
        b.recording(Require.nonNull("recording", recording));
        return new Experiment(new ExperimentSpec(b.build(), spec.simulation(), spec.parameters()), levels, context);
    }

    /** The levels to run, by registered name ({@link Level#MEANFIELD}, {@link Level#SPIKING}, ...), in this order. */
    public Experiment levels(String... names) {
        List<String> list = new ArrayList<>();
        for (String name : names) {
            list.add(Require.name("level", name));
        }
        if (list.isEmpty()) {
            throw new InvalidParameterException("levels", "none", "at least one level name");
        }
        return new Experiment(spec, list, context);
    }

    /** Threads of the levels that use them (the spiking engine); the results are the same bits for any number. */
    public Experiment threads(int threads) {
        return new Experiment(spec, levels, context.withThreads(threads));
    }

    /** Who watches the levels' progress (e.g. a progress bar). */
    public Experiment observe(RunObserver observer) {
        return new Experiment(spec, levels, context.withObserver(observer));
    }

    /** The experiment as data. */
    public ExperimentSpec spec() {
        return spec;
    }

    /**
     * Runs the chosen levels (or every registered level that can represent the network) with the levels and models
     * {@code ratenet} registers. A chosen level that cannot represent the network is an {@link UnsupportedSpecException}.
     */
    public ExperimentResults run(Ratenet ratenet) {
        Require.nonNull("ratenet", ratenet);
        Map<String, Result> results = new LinkedHashMap<>();
        Map<String, String> notRun = new LinkedHashMap<>();
        List<String> names = levels.isEmpty() ? new ArrayList<>(ratenet.levels().names()) : levels;
        if (levels.isEmpty()) {
            names.sort(null); // a fixed order: results do not depend on the registration order
        }
        for (String name : names) {
            Level<?> level = ratenet.levels().get(name);
            try {
                level.checkSupported(spec.network());
            } catch (UnsupportedSpecException e) {
                if (!levels.isEmpty()) {
                    throw e;
                }
                notRun.put(name, e.getMessage());
                continue;
            }
            results.put(name, level.evaluate(spec, context));
        }
        return new ExperimentResults(spec, results, notRun);
    }

    private Experiment with(SimulationSpec simulation) {
        return new Experiment(new ExperimentSpec(spec.network(), simulation, spec.parameters()), levels, context);
    }
}
