package org.ratenet.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.ratenet.api.dynamics.VectorSupport;
import org.ratenet.api.error.RatenetException;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.io.OutputFolders;
import org.ratenet.api.model.Level;
import org.ratenet.api.spec.ExperimentSpec;
import org.ratenet.api.spec.PopulationSpec;
import org.ratenet.cli.run.SweepPlot;
import org.ratenet.cli.sweep.LocalSweepEngine;
import org.ratenet.cli.sweep.SweepCsv;
import org.ratenet.cli.sweep.SweepEngine;
import org.ratenet.cli.sweep.SweepEngines;
import org.ratenet.cli.sweep.SweepEvaluation;
import org.ratenet.cli.sweep.SweepFolder;
import org.ratenet.cli.sweep.SweepJob;
import org.ratenet.cli.sweep.SweepPoint;
import org.ratenet.cli.sweep.SweepRow;
import org.ratenet.cli.sweep.SweepSettings;
import org.ratenet.files.ExperimentReader;
import org.ratenet.validation.map.ValidityMap;

/**
 * {@code ratenet sweep FILE --set g=3:8:0.5 --set eta=1,2,4}: evaluates one level on every point of the grid of the
 * swept parameters (a {@code --set} with a single value is a plain override), in parallel on local cores or on the engine
 * {@code --engine} names (e.g. {@code spark}, each point one task; the rows are the same), and writes one
 * CSV row per point and, for two swept parameters, a heat map of the first population's rate (one curve per population
 * for one parameter). Each point is evaluated the same way whatever the parallelism (one engine thread, the file's seed),
 * so its numbers do not depend on {@code --parallel} or the engine. Points whose parameters are invalid are rows with
 * their error, found before any point runs; a grid with no valid point is bad input (exit 2, nothing run or written).
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Evaluate one level over a grid of parameters, in parallel; one CSV row per point and a heat map.")
final class SweepCommand implements Callable<Integer> {

    @ParentCommand
    private RatenetCommand root;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Experiment file (YAML or JSON); none with --resume.")
    private Path file;

    @Option(names = "--set", paramLabel = "NAME=VALUES", description = "Sweep a parameter (from:to:step or a,b,c, then a unit if it has one), "
            + "or override it with one value.")
    private List<String> setOptions = new ArrayList<>();

    @Option(names = "--level", paramLabel = "LEVEL", description = "meanfield (default), spiking or rate.")
    private String levelOption;

    @Option(names = "--parallel", paramLabel = "N", description = "Points evaluated at once (default: the number of cores).")
    private Integer parallel;

    @Option(names = "--time", paramLabel = "MS", description = "Simulated time per point for --level spiking (default: the file's).")
    private Double timeMs;

    @Option(names = "--out", paramLabel = "DIR", description = "The sweep folder (default runs/<name>-sweep-<date-time>): a new or empty one.")
    private Path out;

    @Option(names = "--force", description = "Replace the --out folder if it holds an earlier ratenet output (never a folder with other files).")
    private boolean force;

    @Option(names = "--resume", paramLabel = "DIR", description = "Finish an interrupted sweep: run only the points its folder has no row for "
            + "(same CSV as an uninterrupted sweep); --engine, --master and --parallel may differ.")
    private Path resume;

    @Option(names = "--quiet", description = "No progress on stderr.")
    private boolean quiet;

    @Option(names = "--engine", paramLabel = "NAME", defaultValue = LocalSweepEngine.NAME,
            description = "Where the points run: local (default; --parallel threads) or spark (module ratenet-spark; see --master).")
    private String engineName;

    @Option(names = "--master", paramLabel = "URL", description = "For --engine spark: local[N], local[*] (default), spark://HOST:7077, yarn, k8s://...")
    private String master;

    @Spec
    private CommandSpec spec;

    /** The sweep being run: its inputs, grid and folder. */
    private record Plan(SweepFolder.Inputs inputs, List<ValidityMap.Axis> axes, SweepJob job, Path dir) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (Level.SPIKING.equals(levelOption)) {
            VectorSupport.prepare(); // as in simulate and run: the vector kernels compile while the models are wired and the file is read
        }
        Ratenet ratenet = root.ratenet();
        SweepEngine engine;
        SweepSettings settings;
        try {
            engine = engine(ratenet);
            int workers = parallel != null ? parallel : Runtime.getRuntime().availableProcessors();
            if (workers < 1) {
                throw new IllegalArgumentException("--parallel = " + workers + " is not allowed: must be >= 1");
            }
            if (parallel != null && !engineName.equals(LocalSweepEngine.NAME)) {
                throw new IllegalArgumentException("--parallel is for --engine local: with --engine " + engineName
                        + " the cores come from --master (e.g. local[4]) or the cluster");
            }
            settings = new SweepSettings(workers, master, root.plugins().jars());
        } catch (IllegalArgumentException e) {
            err.println(source() + ": error: " + CheckCommand.oneLine(e.getMessage()));
            return CheckCommand.INVALID_INPUT;
        }
        engine.prepare(settings); // e.g. Spark starts while the file is read and the points are checked
        try (engine) { // a Spark engine stops its context after the folder is written (or waits for its start on bad input)
            return sweep(engine, settings, ratenet, stdout, err);
        }
    }

    private int sweep(SweepEngine engine, SweepSettings settings, Ratenet ratenet, PrintWriter stdout, PrintWriter err) throws IOException {
        Plan plan;
        try {
            plan = plan(ratenet, inputs());
        } catch (RatenetException | IllegalArgumentException | IOException e) {
            err.println(source() + ": error: " + CheckCommand.oneLine(e.getMessage()));
            err.flush();
            return CheckCommand.INVALID_INPUT;
        }
        SweepJob job = plan.job();

        // points whose parameters do not even make a network are rows at once; a grid without another is bad input
        List<SweepRow> rows = new ArrayList<>();
        List<SweepPoint> runnable = new ArrayList<>();
        for (SweepPoint p : job.points()) {
            Optional<SweepRow> invalid = SweepEvaluation.invalidParameters(ratenet, job, p);
            if (invalid.isPresent()) {
                rows.add(invalid.get());
            } else {
                runnable.add(p);
            }
        }
        if (runnable.isEmpty()) {
            err.println(source() + ": error: every point of the grid is invalid, e.g. " + describe(plan.axes(), rows.get(0).point()) + ": "
                    + rows.get(0).status());
            err.flush();
            return CheckCommand.INVALID_INPUT;
        }
        SweepFolder folder;
        try {
            folder = resume != null ? SweepFolder.resume(plan.dir()) : SweepFolder.create(plan.dir(), plan.inputs(), force);
        } catch (IOException | IllegalArgumentException e) {
            err.println(source() + ": error: " + CheckCommand.oneLine(e.getMessage()));
            err.flush();
            return CheckCommand.INVALID_INPUT;
        }
        try (folder) {
            List<SweepRow> recorded = folder.recorded();
            Set<Integer> done = new HashSet<>();
            recorded.forEach(r -> done.add(r.index()));
            rows.addAll(recorded);
            runnable.removeIf(p -> done.contains(p.index()));
            return runAndWrite(engine, ratenet, plan, runnable, settings, rows, folder, stdout, err);
        }
    }

    /** The sweep's inputs: the interrupted sweep's with --resume, else the file's bytes and the options. */
    private SweepFolder.Inputs inputs() throws IOException {
        if (resume != null) {
            if (file != null || !setOptions.isEmpty() || levelOption != null || timeMs != null || out != null || force) {
                throw new IllegalArgumentException("--resume DIR takes the sweep's own file, --set, --level, --time and folder: give none of them");
            }
            return SweepFolder.inputs(resume);
        }
        if (file == null) {
            throw new IllegalArgumentException("give an experiment FILE, or --resume DIR");
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        Map<String, String> sets = Overrides.parse(setOptions);
        Map<String, String> single = new LinkedHashMap<>(sets);
        single.values().removeIf(v -> v.contains(":") || v.contains(","));
        new ExperimentReader(root.ratenet().registries()).read(file, single); // the file's own errors, named as for other commands
        return new SweepFolder.Inputs(file.toString(), Files.readAllBytes(file), name.endsWith(".json"), sets,
                levelOption != null ? levelOption : Level.MEANFIELD, timeMs);
    }

    private SweepEngine engine(Ratenet ratenet) {
        Map<String, SweepEngine> engines = SweepEngines.all(ratenet.injector());
        SweepEngine engine = engines.get(engineName);
        if (engine == null) {
            throw new IllegalArgumentException("--engine = '" + engineName + "' is not allowed: must be one of " + new TreeSet<>(engines.keySet())
                    + (engineName.equals("spark") ? " (spark comes with the module ratenet-spark: the ratenet launcher puts it on the class path)" : ""));
        }
        return engine;
    }

    /** The grid and the job of the inputs, and the folder (checked: new, empty, or with --force an earlier output). */
    private Plan plan(Ratenet ratenet, SweepFolder.Inputs in) throws IOException {
        if (!ratenet.levels().names().contains(in.level())) {
            throw new IllegalArgumentException("--level = '" + in.level() + "' is not allowed: must be one of the registered levels "
                    + ratenet.levels().names());
        }
        List<ValidityMap.Axis> axes = new ArrayList<>();
        Map<String, String> fixed = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : in.sets().entrySet()) {
            if (e.getValue().contains(":") || e.getValue().contains(",")) {
                axes.add(ValidityMap.Axis.parse(e.getKey(), e.getValue()));
            } else {
                fixed.put(e.getKey(), e.getValue());
            }
        }
        if (axes.isEmpty()) {
            throw new IllegalArgumentException("nothing to sweep: give at least one --set NAME=from:to:step or NAME=a,b,c");
        }
        ExperimentSpec base = new ExperimentReader(ratenet.registries()).parse(in.experiment(), in.json(), fixed);
        Path dir = resume != null ? resume : out != null ? out : Path.of("runs", base.network().name() + "-sweep-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        if (resume == null) {
            OutputFolders.prepare(dir.toAbsolutePath().normalize(), force); // before any work
        }
        List<String> populations = base.network().populations().stream().map(PopulationSpec::name).toList();
        SweepJob job = new SweepJob(in.file(), in.experiment(), in.json(), fixed, in.level(), in.timeMs() != null ? in.timeMs() : Double.NaN,
                populations, axes.stream().map(SweepCsv::column).toList(), points(axes));
        return new Plan(in, axes, job, dir);
    }

    private String source() {
        return resume != null ? String.valueOf(resume) : String.valueOf(file);
    }

    private int runAndWrite(SweepEngine engine, Ratenet ratenet, Plan plan, List<SweepPoint> runnable, SweepSettings settings, List<SweepRow> rows,
                            SweepFolder folder, PrintWriter stdout, PrintWriter err) throws IOException {
        SweepJob job = plan.job();
        List<ValidityMap.Axis> axes = plan.axes();
        try {
            rows.addAll(engine.run(ratenet, job, runnable, settings, (done, total, row) -> {
                if (row != null) {
                    try {
                        folder.record(row);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot write the sweep's journal in " + folder.dir(), e);
                    }
                }
                if (!quiet) {
                    synchronized (err) {
                        err.println(String.format(Locale.ROOT, "sweep: %d of %d points%s", done, total,
                                row == null ? "" : " (" + describe(axes, row.point()) + ")"));
                        err.flush();
                    }
                }
            }));
        } catch (IllegalArgumentException e) { // the engine's settings
            err.println(source() + ": error: " + CheckCommand.oneLine(e.getMessage()));
            if (resume == null && folder.recorded().isEmpty()) {
                folder.discard(); // nothing ran: nothing to resume
            }
            return CheckCommand.INVALID_INPUT;
        } catch (RuntimeException e) { // the engine failed (e.g. a task beyond its retries): what finished is in the journal
            err.println(source() + ": error: " + CheckCommand.oneLine(e.getMessage()));
            err.println(source() + ": the " + folder.recorded().size() + " points finished are kept in " + folder.dir()
                    + "; finish the sweep with: ratenet sweep --resume " + folder.dir());
            return 1;
        }
        rows.sort(Comparator.comparingInt(SweepRow::index));
        for (int k = 0; k < rows.size(); k++) {
            if (rows.get(k).index() != k) { // every point exactly once, whatever the engine did (retries, lost executors, a resume)
                throw new IllegalStateException("the sweep's rows are not one per point: row " + k + " is point " + rows.get(k).index()
                        + " (the folder " + folder.dir() + " is kept for --resume)");
            }
        }
        long valid = rows.stream().filter(SweepRow::ok).count();
        if (valid == 0 && rows.stream().noneMatch(r -> r.status().startsWith("no "))) {
            err.println(source() + ": error: every point of the grid is invalid, e.g. " + describe(axes, rows.get(0).point()) + ": "
                    + rows.get(0).status());
            folder.discard();
            return CheckCommand.INVALID_INPUT;
        }
        List<String> populations = job.populations();
        try {
            Path staging = folder.staging();
            Files.writeString(staging.resolve("sweep.csv"), SweepCsv.write(axes, populations, job.level().equals(Level.SPIKING), rows),
                    StandardCharsets.UTF_8);
            plot(staging, axes, populations, job.level(), rows);
            engine.writeExtras(staging, job, rows);
            folder.finish();
        } catch (IOException e) {
            err.println("error: cannot write the sweep folder " + folder.dir() + ": " + CheckCommand.oneLine(OutputFolders.reason(e)));
            return CheckCommand.INVALID_INPUT;
        }
        stdout.printf(Locale.ROOT, "Sweep of %s on the %s level: %d points (%d evaluated, %d failed) written to %s%s%n", job.source(), job.level(),
                rows.size(), valid, rows.size() - valid, folder.dir(), resume != null ? " (resumed)" : "");
        stdout.flush();
        return 0;
    }

    /** The grid's points, numbered in the order of {@link #grid}. */
    private static List<SweepPoint> points(List<ValidityMap.Axis> axes) {
        List<SweepPoint> points = new ArrayList<>();
        for (double[] values : grid(axes)) {
            Map<String, String> overrides = new LinkedHashMap<>();
            for (int k = 0; k < axes.size(); k++) {
                overrides.put(axes.get(k).name(), axes.get(k).quantity(values[k]));
            }
            points.add(new SweepPoint(points.size(), values, overrides));
        }
        return points;
    }

    /** Every combination of the axes' values, the last axis fastest. */
    private static List<double[]> grid(List<ValidityMap.Axis> axes) {
        List<double[]> grid = new ArrayList<>();
        grid.add(new double[0]);
        for (ValidityMap.Axis axis : axes) {
            List<double[]> next = new ArrayList<>();
            for (double[] prefix : grid) {
                for (double v : axis.values()) {
                    double[] p = Arrays.copyOf(prefix, prefix.length + 1);
                    p[prefix.length] = v;
                    next.add(p);
                }
            }
            grid = next;
        }
        return grid;
    }

    private static String describe(List<ValidityMap.Axis> axes, double[] point) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < axes.size(); k++) {
            s.append(k == 0 ? "" : ", ").append(axes.get(k).name()).append(" = ").append(axes.get(k).quantity(point[k]));
        }
        return s.toString();
    }

    private static void plot(Path dir, List<ValidityMap.Axis> axes, List<String> populations, String level, List<SweepRow> rows) throws IOException {
        if (axes.size() == 2) {
            ValidityMap.Axis x = axes.get(1); // the last axis runs fastest: columns
            ValidityMap.Axis y = axes.get(0);
            double[][] values = new double[y.values().length][x.values().length];
            for (int k = 0; k < rows.size(); k++) {
                values[k / x.values().length][k % x.values().length] = rows.get(k).ratesHz()[0];
            }
            try (OutputStream o = Files.newOutputStream(dir.resolve("sweep.png"))) {
                SweepPlot.heatMap(populations.get(0) + " rate (Hz), " + level + " level", x.title(), labels(x), y.title(), labels(y), values, o);
            }
        } else if (axes.size() == 1) {
            double[] x = axes.get(0).values();
            List<double[]> curves = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int p = 0; p < populations.size(); p++) {
                double[] y = new double[rows.size()];
                for (int k = 0; k < rows.size(); k++) {
                    y[k] = rows.get(k).ratesHz()[p];
                }
                curves.add(y);
                names.add(populations.get(p));
            }
            try (OutputStream o = Files.newOutputStream(dir.resolve("sweep.png"))) {
                SweepPlot.curves("Rates, " + level + " level", axes.get(0).title(), x, names, curves, "rate (Hz)", o);
            }
        }
    }

    private static List<String> labels(ValidityMap.Axis axis) {
        List<String> labels = new ArrayList<>();
        for (double v : axis.values()) {
            labels.add(ValidityMap.label(v));
        }
        return labels;
    }
}
