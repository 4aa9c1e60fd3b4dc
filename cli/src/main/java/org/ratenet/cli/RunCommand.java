package org.ratenet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.ratenet.api.dynamics.VectorSupport;
import org.ratenet.api.error.RatenetException;
import org.ratenet.api.error.UnsupportedSpecException;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.io.OutputFolders;
import org.ratenet.api.model.Level;
import org.ratenet.api.result.PopulationRates;
import org.ratenet.api.result.Result;
import org.ratenet.api.run.CheckpointPolicy;
import org.ratenet.api.run.RunContext;
import org.ratenet.api.spec.ExperimentSpec;
import org.ratenet.api.spec.PopulationSpec;
import org.ratenet.api.spec.SimulationSpec;
import org.ratenet.files.ExperimentReader;
import org.ratenet.files.ExperimentWriter;
import org.ratenet.cli.output.LevelOutput;
import org.ratenet.cli.output.OutputRegistrations;
import org.ratenet.cli.output.RunOutputs;
import org.ratenet.cli.run.ProgressReporter;
import org.ratenet.cli.run.RunFolder;
import org.ratenet.cli.run.RunPlots;
import org.ratenet.cli.run.RunProvenance;
import org.ratenet.plasticity.PlasticMeanFieldLevel;

/**
 * {@code ratenet run FILE}: the main job. Evaluates the experiment on every level that applies (conductance derivation,
 * rate network, mean field or plastic mean field, spiking network), compares the levels where they overlap, and writes a
 * run folder: {@code spec.resolved.yaml}, {@code results.json}, CSV files, {@code spikes.bin}, PNG plots,
 * {@code report.md} and {@code provenance.json}. Each level runs through the registry in one {@code RunContext} (threads,
 * progress, checkpoints) and is shown by the {@code LevelOutput} registered for it, so a plugin's level needs no edit
 * here; every two levels that give the same populations' rates are compared. The folder's life (marker, staging,
 * resume) is {@link RunFolder}'s: {@code ratenet run --resume DIR} finishes an interrupted run with the same spikes.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run an experiment on every level that applies and write a run folder (results, CSV, spikes, plots, report).")
final class RunCommand implements Callable<Integer> {

    @ParentCommand
    private RatenetCommand root;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Experiment file (YAML or JSON).")
    private Path file;

    @Option(names = "--resume", paramLabel = "DIR", description = "Finish an interrupted run from its last checkpoint (same spikes as an "
            + "uninterrupted run).")
    private Path resume;

    @Option(names = "--checkpoint-every", paramLabel = "MS", description = "Biological time between checkpoints of the simulation "
            + "(default: a tenth of the simulated time).")
    private Double checkpointMs;

    @Option(names = "--set", paramLabel = "NAME=EXPR", description = "Override a parameter of the file, e.g. --set g=6.")
    private List<String> setOptions = new ArrayList<>();

    private Map<String, String> overrides = new LinkedHashMap<>();

    @Option(names = "--out", paramLabel = "DIR", description = "The run folder (default runs/<name>-<date-time>): a new or empty one.")
    private Path out;

    @Option(names = "--force", description = "Replace the --out folder if it holds an earlier ratenet run (never a folder with other files).")
    private boolean force;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "Threads of the spiking engine (same spikes for any number).")
    private int threads;

    @Option(names = "--seed", paramLabel = "S", description = "Master seed (default: the file's).")
    private Long seed;

    @Option(names = "--time", paramLabel = "MS", description = "Simulated time in ms (default: the file's duration).")
    private Double timeMs;

    @Option(names = "--quiet", description = "No progress on stderr.")
    private boolean quiet;

    @Spec
    private CommandSpec spec;

    /** The order levels run in, so that predictions come before what they predict; other levels follow by name. */
    static final List<String> ORDER = List.of(Level.CONDUCTANCE, Level.RATE, Level.MEANFIELD, PlasticMeanFieldLevel.NAME, Level.SPIKING);

    /** The levels' results and what the report says of each. */
    private final ObjectNode levels = JsonNodeFactory.instance.objectNode();
    private final StringBuilder report = new StringBuilder();
    private final Map<String, Double> wallSeconds = new LinkedHashMap<>();

    static final String INCOMPLETE = RunFolder.INCOMPLETE;
    static final String CHECKPOINT = RunFolder.CHECKPOINT;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        VectorSupport.prepare(); // the spiking level's vector kernels compile while the models are wired and the file is read
        Ratenet ratenet = root.ratenet();
        ExperimentSpec experiment;
        Path dir;
        try {
            overrides = Overrides.parse(setOptions);
            if (threads < 1) {
                throw new IllegalArgumentException("--threads = " + threads + " is not allowed: must be >= 1");
            }
            if (checkpointMs != null && !(checkpointMs > 0)) {
                throw new IllegalArgumentException("--checkpoint-every = " + checkpointMs + " ms is not allowed: must be > 0 ms");
            }
            if (resume != null) {
                if (file != null || out != null || !overrides.isEmpty() || seed != null || timeMs != null) {
                    throw new IllegalArgumentException("--resume DIR takes the run's own file, overrides, seed and time: give none of them");
                }
                dir = resume;
                RunFolder.Marker marker = RunFolder.marker(dir);
                file = marker.file();
                overrides.putAll(marker.overrides());
                experiment = new ExperimentReader(ratenet.registries()).read(dir.resolve(RunFolder.RESOLVED_SPEC), Map.of());
            } else {
                if (file == null) {
                    throw new IllegalArgumentException("give an experiment FILE, or --resume DIR");
                }
                experiment = adjust(new ExperimentReader(ratenet.registries()).read(file, overrides));
                // every level's own checks (delays, probes, memory, threads) before anything is written
                Preflight.levels(ratenet, experiment, RunContext.DEFAULT.withThreads(threads));
                dir = out != null ? out : Path.of("runs", experiment.network().name() + "-"
                        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
            }
        } catch (RatenetException | IllegalArgumentException e) {
            err.println((file != null ? file + ": " : "") + "error: " + CheckCommand.oneLine(e.getMessage()));
            return CheckCommand.INVALID_INPUT;
        }
        Instant started = Instant.now();
        try (RunFolder folder = resume != null ? RunFolder.resume(dir) : RunFolder.create(dir, file, overrides, "# " + file
                + " with every parameter evaluated, in canonical units (ms, mV, nS, pF, pA, Hz)" + (overrides.isEmpty() ? "" : "; overrides "
                + overrides) + "\n" + new ExperimentWriter().toYaml(experiment), force)) {
            produce(ratenet, experiment, folder, folder.staging(), err, started);
            folder.finish();
        } catch (IOException | UncheckedIOException e) {
            err.println("error: cannot write the run folder " + dir + ": " + CheckCommand.oneLine(OutputFolders.reason(e)));
            return CheckCommand.INVALID_INPUT;
        }
        stdout.println("Run of " + file + " written to " + dir.toAbsolutePath().normalize() + (resume != null ? " (resumed)" : ""));
        wallSeconds.forEach((level, t) -> stdout.printf(Locale.ROOT, "  %-17s %.2f s%n", level, t));
        stdout.println("  report: " + dir.resolve("report.md"));
        stdout.flush();
        return 0;
    }

    /** Evaluates every level that applies, writes each one's outputs and the comparisons into {@code staging}. */
    private void produce(Ratenet ratenet, ExperimentSpec experiment, RunFolder folder, Path staging, PrintWriter err, Instant started)
            throws IOException {
        SimulationSpec sim = experiment.simulation();
        report.append("# Run of ").append(file).append("\n\n").append(String.format(Locale.ROOT, "Experiment `%s`: %d neurons in %d populations; "
                + "seed %d, %d thread(s), %.0f ms simulated at dt = %.3g ms (warm-up %.0f ms). Every level that can represent the network ran;"
                + " the parameters after overrides are in `spec.resolved.yaml`, the numbers in `results.json`, the provenance in"
                + " `provenance.json`.%n%n## Levels%n%n", experiment.network().name(), experiment.network().neuronCount(),
                experiment.network().populations().size(), sim.seed(), threads, sim.durationMs(), sim.dtMs(), sim.warmupMs()));
        RunContext context = RunContext.DEFAULT.withThreads(threads)
                .withObserver(new ProgressReporter(ProgressReporter.choose(quiet), err, "simulate", sim.dtMs()))
                .withCheckpoints(new CheckpointPolicy(folder.checkpoint(), checkpointMs != null ? checkpointMs : sim.durationMs() / 10, resume != null));
        RunOutputs outputs = new RunOutputs(staging, report, experiment);
        Map<String, LevelOutput<?>> registered = OutputRegistrations.all(ratenet.injector());
        for (String level : order(ratenet.levels().names())) {
            if (supported(ratenet, level, experiment)) {
                long t0 = System.nanoTime();
                Result result = ratenet.levels().get(level).evaluate(experiment, context);
                wallSeconds.put(level, (System.nanoTime() - t0) * 1e-9);
                show(level, result, registered.getOrDefault(level, LevelOutput.populationRates(level)), outputs);
                outputs.ran(level, result);
            }
        }
        ObjectNode results = JsonNodeFactory.instance.objectNode();
        results.put("experiment", experiment.network().name());
        results.set("levels", levels);
        compare(outputs.results(), experiment, results.putArray("comparisons"), outputs);
        outputs.text("results.json", json(results));
        outputs.text("provenance.json", json(RunProvenance.of(version(), file, overrides, sim.seed(), threads, started, wallSeconds)));
        outputs.text("report.md", report);
    }

    /** The registered levels in {@link #ORDER}, then the others by name. */
    private static List<String> order(java.util.Set<String> names) {
        List<String> ordered = new ArrayList<>(ORDER.stream().filter(names::contains).toList());
        names.stream().sorted().filter(n -> !ordered.contains(n)).forEach(ordered::add);
        return ordered;
    }

    /** The level's JSON, its table in the report and its files, through its registered output. */
    @SuppressWarnings("unchecked")
    private <R extends Result> void show(String level, Result result, LevelOutput<R> output, RunOutputs outputs) throws IOException {
        if (!output.resultType().isInstance(result)) {
            output = (LevelOutput<R>) (LevelOutput<?>) LevelOutput.populationRates(level);
        }
        R r = (R) result;
        LevelOutput<R> chosen = output;
        levels.set(level, chosen.toJson(r));
        report.append("\n## ").append(chosen.title()).append("\n\n```\n").append(table(w -> chosen.printTable(r, w))).append("```\n");
        chosen.writeFiles(r, outputs);
    }

    /**
     * Every two levels that give rates of the same populations, compared population by population (e.g. mean field and
     * spiking), in the report, {@code results.json} and {@code levels.png}.
     */
    private void compare(Map<String, Result> ran, ExperimentSpec experiment, ArrayNode comparisons, RunOutputs outputs) throws IOException {
        List<String> populations = experiment.network().populations().stream().map(PopulationSpec::name).toList();
        List<String> withRates = ran.entrySet().stream().filter(e -> e.getValue().populationRates()
                .filter(p -> p.ratesHz().keySet().equals(new java.util.HashSet<>(populations))).isPresent()).map(Map.Entry::getKey).toList();
        List<String> ordered = order(new java.util.HashSet<>(withRates)).stream().filter(withRates::contains).toList();
        for (int i = 0; i < ordered.size(); i++) {
            for (int j = i + 1; j < ordered.size(); j++) {
                String a = ordered.get(i);
                String b = ordered.get(j);
                double[] x = rates(ran.get(a), populations);
                double[] y = rates(ran.get(b), populations);
                report.append("\n## ").append(a).append(" vs ").append(b).append("\n\n| population | ").append(a).append(" (Hz) | ").append(b)
                        .append(" (Hz) | difference |\n|---|---|---|---|\n");
                for (int k = 0; k < populations.size(); k++) {
                    double rel = (y[k] - x[k]) / x[k];
                    comparisons.addObject().put("population", populations.get(k)).put("levels", a + "-" + b).put(a + "_hz", x[k]).put(b + "_hz", y[k])
                            .put("relative_difference", rel);
                    report.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %+.1f %% |%n", populations.get(k), x[k], y[k], 100 * rel));
                }
                String plot = ordered.size() == 2 ? "levels.png" : "levels_" + a + "_" + b + ".png";
                outputs.file(plot, o -> RunPlots.levels(populations, List.of(a, b), List.of(x, y), o));
                report.append("\n![levels](").append(plot).append(")\n\nFor a statistical verdict on this comparison run `ratenet validate ")
                        .append(file).append("`.\n");
            }
        }
    }

    private static double[] rates(Result r, List<String> populations) {
        PopulationRates p = r.populationRates().orElseThrow();
        return populations.stream().mapToDouble(p::rate).toArray();
    }

    private ExperimentSpec adjust(ExperimentSpec e) {
        SimulationSpec s = e.simulation();
        SimulationSpec timed = timeMs != null ? s.withDuration(timeMs) : s; // the file's warm-up stands unless --time cuts below it
        return new ExperimentSpec(e.network(), seed != null ? timed.withSeed(seed) : timed, e.parameters());
    }

    /** Whether {@code level} can represent the network; otherwise the report says why. */
    private boolean supported(Ratenet ratenet, String level, ExperimentSpec experiment) {
        try {
            ratenet.levels().get(level).checkSupported(experiment.network());
            return true;
        } catch (UnsupportedSpecException e) {
            levels.putObject(level).put("not_run", e.getMessage());
            report.append("- *").append(level).append("*: not run (").append(CheckCommand.oneLine(e.getMessage())).append(")\n");
            return false;
        }
    }

    private static String version() {
        try {
            return new VersionProvider().getVersion()[0];
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static String table(Consumer<PrintWriter> printer) {
        StringWriter s = new StringWriter();
        try (PrintWriter w = new PrintWriter(s)) {
            printer.accept(w);
        }
        return s.toString();
    }

    private static String json(ObjectNode node) throws IOException {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node) + "\n";
    }
}
