package org.ratenet.cli;

import java.util.Arrays;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.ratenet.api.error.RatenetException;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.io.AtomicFolder;
import org.ratenet.api.io.OutputFolders;
import org.ratenet.api.model.Level;
import org.ratenet.api.result.PopulationRates;
import org.ratenet.api.result.Result;
import org.ratenet.api.run.RunContext;
import org.ratenet.api.spec.ExperimentSpec;
import org.ratenet.api.spec.PopulationSpec;
import org.ratenet.api.spec.SimulationSpec;
import org.ratenet.files.ExperimentReader;
import org.ratenet.cli.run.SweepPlot;
import org.ratenet.spiking.engine.SpikingResult;
import org.ratenet.validation.map.ValidityMap;

/**
 * {@code ratenet sweep FILE --set g=3:8:0.5 --set eta=1,2,4}: evaluates one level on every point of the grid of the
 * swept parameters (a {@code --set} with a single value is a plain override), in parallel on local cores, and writes one
 * CSV row per point and, for two swept parameters, a heat map of the first population's rate (one curve per population
 * for one parameter). Each point is evaluated the same way whatever the parallelism (one engine thread, the file's seed),
 * so its numbers do not depend on {@code --parallel}. Points whose parameters are invalid are rows with their error; a
 * grid with no valid point is bad input (exit 2, nothing written).
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Evaluate one level over a grid of parameters, in parallel; one CSV row per point and a heat map.")
final class SweepCommand implements Callable<Integer> {

    @ParentCommand
    private RatenetCommand root;

    @Parameters(index = "0", paramLabel = "FILE", description = "Experiment file (YAML or JSON).")
    private Path file;

    @Option(names = "--set", paramLabel = "NAME=VALUES", description = "Sweep a parameter (from:to:step or a,b,c, then a unit if it has one), "
            + "or override it with one value.")
    private List<String> setOptions = new ArrayList<>();

    private Map<String, String> sets = new LinkedHashMap<>();

    @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "meanfield", description = "meanfield (default), spiking or rate.")
    private String level;

    @Option(names = "--parallel", paramLabel = "N", description = "Points evaluated at once (default: the number of cores).")
    private Integer parallel;

    @Option(names = "--time", paramLabel = "MS", description = "Simulated time per point for --level spiking (default: the file's).")
    private Double timeMs;

    @Option(names = "--out", paramLabel = "DIR", description = "The sweep folder (default runs/<name>-sweep-<date-time>): a new or empty one.")
    private Path out;

    @Option(names = "--force", description = "Replace the --out folder if it holds an earlier ratenet output (never a folder with other files).")
    private boolean force;

    @Option(names = "--quiet", description = "No progress on stderr.")
    private boolean quiet;

    @Spec
    private CommandSpec spec;

    /** One grid point: its swept values, and its outputs or the reason it failed. */
    private record Row(double[] point, double[] outputs, String status) {
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Ratenet ratenet = root.ratenet();
        List<ValidityMap.Axis> axes = new ArrayList<>();
        Map<String, String> fixed = new LinkedHashMap<>();
        ExperimentSpec base;
        Path dir;
        int workers;
        try {
            sets = Overrides.parse(setOptions);
            if (!ratenet.levels().names().contains(level)) {
                throw new IllegalArgumentException("--level = '" + level + "' is not allowed: must be one of the registered levels "
                        + ratenet.levels().names());
            }
            workers = parallel != null ? parallel : Runtime.getRuntime().availableProcessors();
            if (workers < 1) {
                throw new IllegalArgumentException("--parallel = " + workers + " is not allowed: must be >= 1");
            }
            for (Map.Entry<String, String> e : sets.entrySet()) {
                if (e.getValue().contains(":") || e.getValue().contains(",")) {
                    axes.add(ValidityMap.Axis.parse(e.getKey(), e.getValue()));
                } else {
                    fixed.put(e.getKey(), e.getValue());
                }
            }
            if (axes.isEmpty()) {
                throw new IllegalArgumentException("nothing to sweep: give at least one --set NAME=from:to:step or NAME=a,b,c");
            }
            base = new ExperimentReader(ratenet.registries()).read(file, fixed);
            dir = out != null ? out : Path.of("runs", base.network().name() + "-sweep-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
            OutputFolders.prepare(dir.toAbsolutePath().normalize(), force); // before any work
        } catch (RatenetException | IllegalArgumentException | IOException e) {
            err.println(file + ": error: " + CheckCommand.oneLine(e.getMessage()));
            return CheckCommand.INVALID_INPUT;
        }
        List<double[]> grid = grid(axes);
        List<String> populations = base.network().populations().stream().map(PopulationSpec::name).toList();
        List<String> outputs = new ArrayList<>();
        for (String p : populations) {
            outputs.add(p + "_rate_hz");
            if (level.equals(Level.SPIKING)) {
                outputs.add(p + "_cv");
            }
        }
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, grid.size()));
        List<Row> rows = new ArrayList<>();
        try {
            List<Future<Row>> futures = new ArrayList<>();
            for (double[] point : grid) {
                futures.add(pool.submit(() -> {
                    Row row = evaluate(ratenet, axes, fixed, point, outputs.size());
                    int n = done.incrementAndGet();
                    if (!quiet) {
                        synchronized (err) {
                            err.println(String.format(Locale.ROOT, "sweep: %d of %d points (%s)", n, grid.size(), describe(axes, point)));
                            err.flush();
                        }
                    }
                    return row;
                }));
            }
            for (Future<Row> f : futures) {
                rows.add(f.get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        long valid = rows.stream().filter(r -> r.status().equals("ok")).count();
        if (valid == 0 && rows.stream().noneMatch(r -> r.status().startsWith("no "))) {
            err.println(file + ": error: every point of the grid is invalid, e.g. " + describe(axes, rows.get(0).point()) + ": "
                    + rows.get(0).status());
            return CheckCommand.INVALID_INPUT;
        }

        try (AtomicFolder folder = AtomicFolder.create(dir, "sweep", force)) {
            Files.writeString(folder.staging().resolve("sweep.csv"), csv(axes, outputs, rows), StandardCharsets.UTF_8);
            plot(folder.staging(), axes, populations, outputs, rows);
            folder.commit();
        } catch (IOException e) {
            err.println("error: cannot write the sweep folder " + dir + ": " + CheckCommand.oneLine(OutputFolders.reason(e)));
            return CheckCommand.INVALID_INPUT;
        }
        stdout.printf(Locale.ROOT, "Sweep of %s on the %s level: %d points (%d evaluated, %d failed) written to %s%n", file, level, rows.size(), valid,
                rows.size() - valid, dir.toAbsolutePath().normalize());
        stdout.flush();
        return 0;
    }

    private Row evaluate(Ratenet ratenet, List<ValidityMap.Axis> axes, Map<String, String> fixed, double[] point, int width) {
        double[] values = new double[width];
        Arrays.fill(values, Double.NaN);
        try {
            Map<String, String> overrides = new LinkedHashMap<>(fixed);
            for (int k = 0; k < axes.size(); k++) {
                overrides.put(axes.get(k).name(), axes.get(k).quantity(point[k]));
            }
            ExperimentSpec e = new ExperimentReader(ratenet.registries()).read(file, overrides);
            SimulationSpec s = e.simulation();
            ExperimentSpec timed = new ExperimentSpec(e.network(), timeMs != null ? s.withDuration(timeMs) : s, e.parameters());
            Result r = ratenet.levels().get(level).evaluate(timed, RunContext.DEFAULT); // one thread: points run in parallel
            Optional<PopulationRates> rates = r.populationRates();
            if (rates.isEmpty()) {
                return new Row(point, values, "no stable fixed point");
            }
            int stride = r instanceof SpikingResult ? 2 : 1;
            List<String> names = new ArrayList<>(rates.get().ratesHz().keySet());
            for (int a = 0; a < names.size(); a++) {
                values[stride * a] = rates.get().rate(names.get(a));
                if (r instanceof SpikingResult spiking) {
                    values[2 * a + 1] = spiking.statistics().get(a).cvIsi();
                }
            }
            return new Row(point, values, "ok");
        } catch (RatenetException | IllegalArgumentException ex) {
            return new Row(point, values, "invalid: " + CheckCommand.oneLine(ex.getMessage()));
        }
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

    private static String csv(List<ValidityMap.Axis> axes, List<String> outputs, List<Row> rows) {
        StringBuilder s = new StringBuilder();
        for (ValidityMap.Axis a : axes) {
            s.append(a.unit().isEmpty() ? a.name() : a.name() + "_" + a.unit().replaceAll("[^A-Za-z0-9]", "")).append(',');
        }
        s.append(String.join(",", outputs)).append(",status\n");
        for (Row r : rows) {
            for (double v : r.point()) {
                s.append(v).append(',');
            }
            for (double v : r.outputs()) {
                s.append(Double.isNaN(v) ? "" : Double.toString(v)).append(',');
            }
            s.append('"').append(r.status().replace("\"", "'")).append("\"\n");
        }
        return s.toString();
    }

    private void plot(Path dir, List<ValidityMap.Axis> axes, List<String> populations, List<String> outputs, List<Row> rows) throws IOException {
        if (axes.size() == 2) {
            ValidityMap.Axis x = axes.get(1); // the last axis runs fastest: columns
            ValidityMap.Axis y = axes.get(0);
            double[][] values = new double[y.values().length][x.values().length];
            for (int k = 0; k < rows.size(); k++) {
                values[k / x.values().length][k % x.values().length] = rows.get(k).outputs()[0];
            }
            try (OutputStream o = Files.newOutputStream(dir.resolve("sweep.png"))) {
                SweepPlot.heatMap(populations.get(0) + " rate (Hz), " + level + " level", x.title(), labels(x), y.title(), labels(y), values, o);
            }
        } else if (axes.size() == 1) {
            double[] x = axes.get(0).values();
            List<double[]> curves = new ArrayList<>();
            List<String> names = new ArrayList<>();
            int stride = outputs.size() / populations.size();
            for (int p = 0; p < populations.size(); p++) {
                double[] y = new double[rows.size()];
                for (int k = 0; k < rows.size(); k++) {
                    y[k] = rows.get(k).outputs()[p * stride];
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
