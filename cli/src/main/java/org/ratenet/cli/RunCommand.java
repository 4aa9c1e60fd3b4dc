package org.ratenet.cli;

import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import java.util.concurrent.TimeUnit;

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

import org.ratenet.api.error.RatenetException;
import org.ratenet.api.error.UnsupportedSpecException;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.io.AtomicFolder;
import org.ratenet.api.model.Level;
import org.ratenet.api.result.Result;
import org.ratenet.api.result.TimeSeries;
import org.ratenet.api.result.WeightSummary;
import org.ratenet.api.spec.ExperimentSpec;
import org.ratenet.api.spec.PopulationSpec;
import org.ratenet.api.spec.SimulationSpec;
import org.ratenet.cli.experiment.ExperimentReader;
import org.ratenet.cli.experiment.ExperimentWriter;
import org.ratenet.cli.run.ProgressReporter;
import org.ratenet.cli.run.RunPlots;
import org.ratenet.cli.run.SpikeFile;
import org.ratenet.conductance.DerivedRateNetwork;
import org.ratenet.plasticity.PlasticMeanFieldLevel;
import org.ratenet.plasticity.PlasticMeanFieldResult;
import org.ratenet.rate.dynamics.RateResult;
import org.ratenet.rate.meanfield.MeanFieldResult;
import org.ratenet.rate.meanfield.RateDistribution;
import org.ratenet.spiking.engine.Checkpoints;
import org.ratenet.spiking.engine.RunObserver;
import org.ratenet.spiking.engine.SpikeTrains;
import org.ratenet.spiking.engine.SpikingLevel;
import org.ratenet.spiking.engine.SpikingResult;

/**
 * {@code ratenet run FILE}: the main job. Evaluates the experiment on every level that applies (conductance derivation,
 * rate network, mean field or plastic mean field, spiking network), compares the levels where they overlap, and writes a
 * run folder: {@code spec.resolved.yaml}, {@code results.json}, CSV files, {@code spikes.bin}, PNG plots,
 * {@code report.md} and {@code provenance.json}. The folder is marked {@value #INCOMPLETE} from its creation until the
 * last output is in place; the simulation keeps a checkpoint there, so {@code ratenet run --resume DIR} finishes an
 * interrupted run with the same spikes, bit for bit. Outputs are written into a hidden sub-folder and moved in at the end.
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
    private Map<String, String> overrides = new LinkedHashMap<>();

    @Option(names = "--out", paramLabel = "DIR", description = "The run folder (default runs/<name>-<date-time>); it must not exist yet.")
    private Path out;

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

    /** The levels' results and what the report says of each. */
    private final ObjectNode levels = JsonNodeFactory.instance.objectNode();
    private final StringBuilder report = new StringBuilder();
    private final Map<String, Double> wallSeconds = new LinkedHashMap<>();

    /** The marker of a run folder whose run has not finished; holds what {@code --resume} needs. */
    static final String INCOMPLETE = "run.incomplete";
    static final String CHECKPOINT = "simulation.checkpoint";

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Ratenet ratenet = root.ratenet();
        ExperimentSpec experiment;
        Path dir;
        try {
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
                ObjectNode marker = readMarker(dir);
                file = Path.of(marker.get("file").asText());
                marker.get("overrides").fields().forEachRemaining(e -> overrides.put(e.getKey(), e.getValue().asText()));
                experiment = new ExperimentReader(ratenet.registries()).read(dir.resolve("spec.resolved.yaml"), Map.of());
            } else {
                if (file == null) {
                    throw new IllegalArgumentException("give an experiment FILE, or --resume DIR");
                }
                experiment = adjust(new ExperimentReader(ratenet.registries()).read(file, overrides));
                dir = out != null ? out : Path.of("runs", experiment.network().name() + "-"
                        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
            }
        } catch (RatenetException | IllegalArgumentException e) {
            err.println((file != null ? file + ": " : "") + "error: " + CheckCommand.oneLine(e.getMessage()));
            return CheckCommand.INVALID_INPUT;
        }
        Instant started = Instant.now();
        Path partial = dir.resolve(".partial");
        try {
            if (resume == null) {
                start(dir, experiment);
            }
            AtomicFolder.deleteRecursively(partial);
            Files.createDirectories(partial);
            produce(ratenet, experiment, dir, partial, err, started);
            finish(dir, partial);
        } catch (IOException | UncheckedIOException e) {
            err.println("error: cannot write the run folder " + dir + ": " + CheckCommand.oneLine(String.valueOf(e.getMessage())));
            return CheckCommand.INVALID_INPUT;
        }
        stdout.println("Run of " + file + " written to " + dir.toAbsolutePath().normalize() + (resume != null ? " (resumed)" : ""));
        wallSeconds.forEach((level, t) -> stdout.printf(Locale.ROOT, "  %-17s %.2f s%n", level, t));
        stdout.println("  report: " + dir.resolve("report.md"));
        stdout.flush();
        return 0;
    }

    /** Creates the folder, marked incomplete, with the resolved spec: from here on an interrupted run can be resumed. */
    private void start(Path dir, ExperimentSpec experiment) throws IOException {
        if (Files.exists(dir.resolve(INCOMPLETE))) {
            throw new IOException(dir + " holds an interrupted run: finish it with --resume " + dir + ", or remove it");
        }
        if (Files.exists(dir) && (!Files.isDirectory(dir) || isNonEmpty(dir))) {
            throw new IOException(dir + " exists: choose another --out, or remove it");
        }
        Files.createDirectories(dir);
        ObjectNode marker = JsonNodeFactory.instance.objectNode();
        marker.put("file", file.toString());
        ObjectNode o = marker.putObject("overrides");
        overrides.forEach(o::put);
        marker.put("created", Instant.now().toString());
        writeAtomically(dir.resolve(INCOMPLETE), json(marker));
        writeAtomically(dir.resolve("spec.resolved.yaml"), "# " + file + " with every parameter evaluated, in canonical units (ms, mV, nS, pF, pA, Hz)"
                + (overrides.isEmpty() ? "" : "; overrides " + overrides) + "\n" + new ExperimentWriter().toYaml(experiment));
    }

    /** Moves the finished outputs into the folder, then removes the checkpoint and, last, the incomplete marker. */
    private static void finish(Path dir, Path partial) throws IOException {
        try (Stream<Path> files = Files.list(partial)) {
            for (Path f : files.toList()) {
                Files.move(f, dir.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        }
        Files.delete(partial);
        Files.deleteIfExists(dir.resolve(CHECKPOINT));
        Files.delete(dir.resolve(INCOMPLETE));
    }

    private static ObjectNode readMarker(Path dir) {
        Path marker = dir.resolve(INCOMPLETE);
        if (!Files.exists(marker)) {
            throw new IllegalArgumentException("--resume " + dir + ": not an interrupted run (no " + INCOMPLETE + " in it)");
        }
        try {
            return (ObjectNode) new ObjectMapper().readTree(marker.toFile());
        } catch (IOException | ClassCastException e) {
            throw new IllegalArgumentException("--resume " + dir + ": unreadable " + INCOMPLETE + " (" + e.getMessage() + ")");
        }
    }

    private static boolean isNonEmpty(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.findAny().isPresent();
        }
    }

    private static void writeAtomically(Path target, String text) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Evaluates every level that applies and writes the outputs into {@code staging}. */
    private void produce(Ratenet ratenet, ExperimentSpec experiment, Path dir, Path staging, PrintWriter err, Instant started) throws IOException {
        report.append("# Run of ").append(file).append("\n\n").append(String.format(Locale.ROOT, "Experiment `%s`: %d neurons in %d populations; "
                + "seed %d, %d thread(s), %.0f ms simulated at dt = %.3g ms (warm-up %.0f ms). Every level that can represent the network ran;"
                + " the parameters after overrides are in `spec.resolved.yaml`, the numbers in `results.json`, the provenance in"
                + " `provenance.json`.%n%n## Levels%n%n", experiment.network().name(), experiment.network().neuronCount(),
                experiment.network().populations().size(), experiment.simulation().seed(), threads, experiment.simulation().durationMs(),
                experiment.simulation().dtMs(), experiment.simulation().warmupMs()));
        List<String> populations = experiment.network().populations().stream().map(PopulationSpec::name).toList();
        runDerivation(ratenet, experiment);
        runRate(ratenet, experiment);
        double[] meanField = runMeanField(ratenet, experiment);
        double[] spiking = runSpiking(ratenet, experiment, dir, staging, err, meanField);
        ObjectNode results = JsonNodeFactory.instance.objectNode();
        results.put("experiment", experiment.network().name());
        results.set("levels", levels);
        ArrayNode comparisons = results.putArray("comparisons");
        if (meanField != null && spiking != null) {
            report.append("\n## Mean field vs spiking\n\n| population | mean field (Hz) | spiking (Hz) | difference |\n|---|---|---|---|\n");
            for (int a = 0; a < populations.size(); a++) {
                double rel = (spiking[a] - meanField[a]) / meanField[a];
                comparisons.addObject().put("population", populations.get(a)).put("levels", "meanfield-spiking")
                        .put("meanfield_hz", meanField[a]).put("spiking_hz", spiking[a]).put("relative_difference", rel);
                report.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %+.1f %% |%n", populations.get(a), meanField[a], spiking[a], 100 * rel));
            }
            try (OutputStream o = Files.newOutputStream(staging.resolve("levels.png"))) {
                RunPlots.levels(populations, List.of("mean field", "spiking"), List.of(meanField, spiking), o);
            }
            report.append("\n![levels](levels.png)\n\nFor a statistical verdict on this comparison run `ratenet validate ").append(file).append("`.\n");
        }
        Files.writeString(staging.resolve("results.json"), json(results), StandardCharsets.UTF_8);
        Files.writeString(staging.resolve("provenance.json"), json(provenance(experiment, started)), StandardCharsets.UTF_8);
        Files.writeString(staging.resolve("report.md"), report.toString(), StandardCharsets.UTF_8);
    }

    private ExperimentSpec adjust(ExperimentSpec e) {
        SimulationSpec s = e.simulation();
        SimulationSpec timed = timeMs != null ? s.withDuration(timeMs) : s; // the file's warm-up stands unless --time cuts below it
        return new ExperimentSpec(e.network(), seed != null ? timed.withSeed(seed) : timed, e.parameters());
    }

    /** Runs {@code level} when it can represent the network; otherwise says why in the report. */
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

    private void runDerivation(Ratenet ratenet, ExperimentSpec experiment) {
        if (!supported(ratenet, Level.CONDUCTANCE, experiment)) {
            return;
        }
        long t0 = System.nanoTime();
        DeriveCommand command = new DeriveCommand();
        DerivedRateNetwork d = (DerivedRateNetwork) ratenet.levels().get(Level.CONDUCTANCE).evaluate(experiment);
        wallSeconds.put("derivation", (System.nanoTime() - t0) * 1e-9);
        levels.set(Level.CONDUCTANCE, command.toJson(d));
        section("Conductance derivation (Kleinfeld 11.28–11.31)", table(w -> command.printTable(d, w)));
    }

    private void runRate(Ratenet ratenet, ExperimentSpec experiment) {
        if (!supported(ratenet, Level.RATE, experiment)) {
            return;
        }
        long t0 = System.nanoTime();
        RateCommand command = new RateCommand();
        RateResult r = (RateResult) ratenet.levels().get(Level.RATE).evaluate(experiment);
        wallSeconds.put("rate", (System.nanoTime() - t0) * 1e-9);
        levels.set(Level.RATE, command.toJson(r));
        section("Rate network", table(w -> command.printTable(r, w)));
    }

    /** The mean field's population rates (Hz), or null when no mean field applies. */
    private double[] runMeanField(Ratenet ratenet, ExperimentSpec experiment) {
        boolean plastic = experiment.network().projections().stream().anyMatch(p -> p.plasticityRule().isPresent());
        String level = plastic ? PlasticMeanFieldLevel.NAME : Level.MEANFIELD;
        if (!supported(ratenet, level, experiment)) {
            return null;
        }
        long t0 = System.nanoTime();
        MeanFieldCommand command = new MeanFieldCommand();
        Result r = command.evaluate(ratenet, experiment);
        wallSeconds.put(level, (System.nanoTime() - t0) * 1e-9);
        levels.set(level, command.toJson(r));
        section(plastic ? "Plastic mean field (Vegué, Allard & Desrosiers 2025)" : "Mean field (Siegert; Brunel 2000)", table(w -> command.printTable(r, w)));
        if (r instanceof PlasticMeanFieldResult p) {
            this.meanFieldDistributions = p.populations().stream().map(x -> RateDistribution.of(x.rates(), 20)).toList();
            return p.populations().stream().mapToDouble(PlasticMeanFieldResult.Rates::mean).toArray();
        }
        MeanFieldResult m = (MeanFieldResult) r;
        if (!m.converged()) {
            return null;
        }
        MeanFieldResult.FixedPoint fp = m.stable().orElse(m.fixedPoints().get(0));
        this.meanFieldDistributions = fp.distributions();
        return fp.ratesHz();
    }

    private List<RateDistribution> meanFieldDistributions;

    /** The spiking level's population rates after the warm-up (Hz), or null when it does not apply. */
    private double[] runSpiking(Ratenet ratenet, ExperimentSpec experiment, Path dir, Path staging, PrintWriter err, double[] meanField)
            throws IOException {
        if (!supported(ratenet, Level.SPIKING, experiment)) {
            return null;
        }
        SimulationSpec sim = experiment.simulation();
        SpikeTrains[] spikes = new SpikeTrains[1];
        ProgressReporter progress = new ProgressReporter(ProgressReporter.choose(quiet), err, "simulate", sim.dtMs());
        RunObserver observer = new RunObserver() {
            @Override
            public void built(long synapses, double seconds) {
                progress.built(synapses, seconds);
            }

            @Override
            public void progress(long done, long total) {
                progress.progress(done, total);
            }

            @Override
            public void finished(SpikeTrains trains) {
                spikes[0] = trains;
            }
        };
        long t0 = System.nanoTime();
        int every = (int) Math.max(1, Math.round((checkpointMs != null ? checkpointMs : sim.durationMs() / 10) / sim.dtMs()));
        SpikingResult r = new SpikingLevel(ratenet.registries(), threads).evaluate(experiment, observer,
                new Checkpoints(dir.resolve(CHECKPOINT), every, resume != null));
        wallSeconds.put("spiking", (System.nanoTime() - t0) * 1e-9);
        SimulateCommand command = new SimulateCommand();
        levels.set(Level.SPIKING, command.toJson(r));
        section("Spiking network", table(w -> command.printTable(r, w)));

        List<SpikeFile.Population> pops = new ArrayList<>();
        int offset = 0;
        for (PopulationSpec p : experiment.network().populations()) {
            pops.add(new SpikeFile.Population(p.name(), offset, p.size()));
            offset += p.size();
        }
        double dt = sim.dtMs();
        double warmup = sim.warmupMs();
        int fromStep = (int) Math.round(warmup / dt);
        int steps = (int) Math.round(sim.durationMs() / dt);
        try (OutputStream o = Files.newOutputStream(staging.resolve("spikes.bin"))) {
            SpikeFile.write(spikes[0], dt, pops, o);
        }
        double[][] neuronRates = neuronRates(spikes[0], pops, fromStep, steps, dt);
        StringBuilder csv = new StringBuilder("population,neuron,rate_hz\n");
        for (int a = 0; a < pops.size(); a++) {
            for (int i = 0; i < neuronRates[a].length; i++) {
                csv.append(pops.get(a).name()).append(',').append(i).append(',').append(neuronRates[a][i]).append('\n');
            }
        }
        Files.writeString(staging.resolve("neuron_rates.csv"), csv, StandardCharsets.UTF_8);
        Files.writeString(staging.resolve("population_rates.csv"), timeSeriesCsv(r.rates()), StandardCharsets.UTF_8);
        try (OutputStream o = Files.newOutputStream(staging.resolve("raster.png"))) {
            RunPlots.raster(spikes[0], pops, dt, Math.max(warmup, sim.durationMs() - 500), sim.durationMs(), 50, o);
        }
        try (OutputStream o = Files.newOutputStream(staging.resolve("population_rates.png"))) {
            RunPlots.populationRates(r.rates(), o);
        }
        report.append("\n![raster](raster.png)\n\n![population rates](population_rates.png)\n");
        for (TimeSeries state : r.voltages()) { // declared state variables recorded by name, one series per population
            String population = state.channelNames().get(0).replaceAll("\\[.*", "");
            Files.writeString(staging.resolve("state_" + population + ".csv"), timeSeriesCsv(state), StandardCharsets.UTF_8);
            for (String variable : state.channelNames().stream().map(n -> n.substring(n.lastIndexOf('.') + 1)).distinct().toList()) {
                String name = "state_" + population + "_" + variable + ".png";
                try (OutputStream o = Files.newOutputStream(staging.resolve(name))) {
                    RunPlots.stateTraces(state, variable, o);
                }
                report.append("\n![").append(variable).append(" of ").append(population).append("](").append(name).append(")\n");
            }
        }
        double[] rates = new double[pops.size()];
        for (int a = 0; a < pops.size(); a++) {
            rates[a] = r.statistics().get(a).rateHz();
            RateDistribution d = meanFieldDistributions == null ? null : meanFieldDistributions.get(a);
            boolean heterogeneous = d != null && d.quantilesHz()[4] - d.quantilesHz()[0] > 1e-9;
            String name = "rate_histogram_" + pops.get(a).name() + ".png";
            try (OutputStream o = Files.newOutputStream(staging.resolve(name))) {
                RunPlots.rateHistogram(pops.get(a).name(), neuronRates[a], heterogeneous ? d.binEdgesHz() : null, heterogeneous ? d.counts() : null,
                        meanField == null ? Double.NaN : meanField[a], o);
            }
            report.append("\n![rates across neurons of ").append(pops.get(a).name()).append("](").append(name).append(")\n");
        }
        if (!r.weights().isEmpty()) {
            StringBuilder w = new StringBuilder("projection,unit,count,mean,std,min,max,q05,q25,q50,q75,q95\n");
            for (WeightSummary s : r.weights()) {
                w.append(String.format(Locale.ROOT, "%s,%s,%d,%s,%s,%s,%s", s.projection(), s.unit().canonicalSymbol(), s.count(), s.mean(),
                        s.standardDeviation(), s.min(), s.max()));
                for (double q : s.quantiles()) {
                    w.append(',').append(q);
                }
                w.append('\n');
                String name = "weights_" + s.projection().replaceAll("[^A-Za-z0-9_.-]", "_") + ".png";
                try (OutputStream o = Files.newOutputStream(staging.resolve(name))) {
                    RunPlots.weights(s, o);
                }
                report.append("\n![weights of ").append(s.projection()).append("](").append(name).append(")\n");
            }
            Files.writeString(staging.resolve("weights.csv"), w, StandardCharsets.UTF_8);
        }
        report.append("\nFiles: `population_rates.csv` (time_ms, one column per population, Hz), `neuron_rates.csv` (population, neuron, rate"
                + " after the warm-up), `spikes.bin` (big-endian: \"RNSPIKE1\", dt as double, populations as (UTF name, first index, size),"
                + " spike count as long, then (step, neuron) int pairs in time order)").append(r.weights().isEmpty() ? "" : ", `weights.csv`")
                .append(".\n");
        return rates;
    }

    private static double[][] neuronRates(SpikeTrains spikes, List<SpikeFile.Population> pops, int fromStep, int toStep, double dt) {
        double[][] rates = new double[pops.size()][];
        for (int a = 0; a < pops.size(); a++) {
            SpikeFile.Population p = pops.get(a);
            rates[a] = spikes.neuronRatesHz(p.offset(), p.offset() + p.size(), fromStep, toStep, dt);
        }
        return rates;
    }

    private static String timeSeriesCsv(TimeSeries t) {
        StringBuilder s = new StringBuilder("time_ms");
        for (String c : t.channelNames()) {
            s.append(',').append(c);
        }
        s.append('\n');
        double[] times = t.timesMs();
        List<double[]> channels = t.channelNames().stream().map(t::channel).toList();
        for (int k = 0; k < times.length; k++) {
            s.append(times[k]);
            for (double[] c : channels) {
                s.append(',').append(c[k]);
            }
            s.append('\n');
        }
        return s.toString();
    }

    private ObjectNode provenance(ExperimentSpec experiment, Instant started) {
        ObjectNode p = JsonNodeFactory.instance.objectNode();
        p.put("ratenet_version", version());
        String commit = gitCommit();
        if (commit == null) {
            p.putNull("git_commit");
        } else {
            p.put("git_commit", commit);
        }
        p.put("file", file.toString());
        ObjectNode o = p.putObject("overrides");
        overrides.forEach(o::put);
        p.put("seed", experiment.simulation().seed());
        p.put("threads", threads);
        p.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        p.put("jvm", ManagementFactory.getRuntimeMXBean().getVmName() + " " + ManagementFactory.getRuntimeMXBean().getVmVersion());
        p.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", " + Runtime.getRuntime().availableProcessors() + " cores");
        p.put("started", started.toString());
        p.put("finished", Instant.now().toString());
        ObjectNode wall = p.putObject("wall_seconds");
        wallSeconds.forEach(wall::put);
        return p;
    }

    private static String version() {
        try {
            return new VersionProvider().getVersion()[0];
        } catch (Exception e) {
            return "unknown";
        }
    }

    /** The commit of the working tree the command runs from, when git is there to say it; null otherwise. */
    private static String gitCommit() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.exitValue() == 0 && text.matches("[0-9a-f]{40}") ? text : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void section(String title, String table) {
        report.append("\n## ").append(title).append("\n\n```\n").append(table).append("```\n");
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
