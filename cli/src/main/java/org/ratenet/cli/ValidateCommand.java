package org.ratenet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.RatenetException;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.io.OutputFolders;
import org.ratenet.api.model.Level;
import org.ratenet.api.model.NeuronModel;
import org.ratenet.api.param.ParameterDef;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.ExperimentSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.SimulationSpec;
import org.ratenet.api.units.Dimension;
import org.ratenet.api.units.Quantity;
import org.ratenet.cli.sweep.LocalSweepEngine;
import org.ratenet.cli.sweep.SweepEngine;
import org.ratenet.cli.sweep.SweepEngines;
import org.ratenet.cli.sweep.SweepSettings;
import org.ratenet.files.ExperimentReader;
import org.ratenet.validation.CheckResult;
import org.ratenet.validation.SuiteReport;
import org.ratenet.validation.Tier;
import org.ratenet.validation.ValidationContext;
import org.ratenet.validation.ValidationReport;
import org.ratenet.validation.ValidationSuite;
import org.ratenet.validation.Validator;
import org.ratenet.validation.map.ValidityMap;
import org.ratenet.validation.report.JsonReport;
import org.ratenet.validation.report.ReportWriter;
import org.ratenet.validation.suites.ModelContractSuite;
import org.ratenet.validation.suites.StandardSuites;

/**
 * {@code ratenet validate [FILE | --model NAME]}: runs the validation suites that apply to an experiment file (its models
 * against the contract kit, its levels against each other), to one registered neuron model (the contract kit with the
 * model's example parameters), or with neither to the generated models of every suite. Prints a table (or {@code --json})
 * and with {@code --report DIR} writes Markdown, JSON and plots. With {@code --map NAME=RANGE} twice it adds a validity map
 * of mean field ↔ spiking over two of the file's parameters (table, heat map, CSV). Exit code 0 when every check passed, 1 when one failed,
 * 2 for bad input.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check that the levels of a model agree (and that its neuron models meet the contract), with statistics.")
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    private RatenetCommand root;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Experiment file (YAML or JSON).")
    private Path file;

    @Option(names = "--model", paramLabel = "NAME", description = "Validate one registered neuron model (its example parameters, changed with --set) instead of a file.")
    private String model;

    @Option(names = "--tier", paramLabel = "TIER", description = "quick (default; what the build runs) or full (more cases, longer runs).")
    private String tier = "quick";

    @Option(names = "--report", paramLabel = "DIR", description = "Write report.md, report.json and plots to this folder: a new or empty one.")
    private Path reportDir;

    @Option(names = "--force", description = "Replace the --report folder if it holds an earlier ratenet report (never a folder with other files).")
    private boolean force;

    @Option(names = "--seed", paramLabel = "SEED", description = "Seed of every check (default ${DEFAULT-VALUE}).")
    private long seed = 20_261_123L;

    @Option(names = "--set", paramLabel = "NAME=EXPR", description = "Override a parameter of the file (with --model: of the model, e.g. --set a=4nS), e.g. --set g=6.")
    private List<String> setOptions = new ArrayList<>();

    private Map<String, String> overrides = new LinkedHashMap<>();

    @Option(names = "--map", paramLabel = "NAME=RANGE", description = "With a FILE, give two: a validity map of mean field ↔ spiking over "
            + "two parameters of the file, e.g. --map g=4:8:1 --map 'J=0.1,0.5,1 mV' (from:to:step or a,b,c, then a unit if the parameter has one).")
    private Map<String, String> map = new LinkedHashMap<>();

    @Option(names = "--json", description = "Print the report as JSON instead of a table.")
    private boolean json;

    @Option(names = "--suite", paramLabel = "NAME", description = "Run only this suite (repeatable); also the opt-in ones: "
            + "simulator-agreement (the file against PyNN's Brian2 backend).")
    private List<String> suiteNames = new ArrayList<>();

    @Option(names = "--engine", paramLabel = "NAME",
            description = "Run each suite and each point of a --map as one task of this engine: local (--parallel threads) or spark "
                    + "(see ratenet sweep). Without it the suites run one after the other and a map on local threads.")
    private String engineName;

    @Option(names = "--master", paramLabel = "URL", description = "For --engine spark: local[N], local[*] (default), spark://HOST:7077, yarn, k8s://...")
    private String master;

    @Option(names = "--parallel", paramLabel = "N", description = "Points of a --map computed at once with --engine local (default: the number of cores).")
    private Integer parallel;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Ratenet ratenet = root.ratenet();
        Tier chosen;
        Optional<ExperimentSpec> experiment;
        String subject;
        List<ValidationSuite> suites = StandardSuites.all();
        try {
            overrides = Overrides.parse(setOptions);
            chosen = tier(tier);
            if (file != null && model != null) {
                throw new IllegalArgumentException("give an experiment FILE or --model NAME, not both");
            }
            if (!map.isEmpty() && (map.size() != 2 || file == null)) {
                throw new IllegalArgumentException("--map needs an experiment FILE and exactly two parameters, e.g. --map g=4:8:1 --map eta=1:4:0.5");
            }
            if (!suiteNames.isEmpty()) {
                suites = StandardSuites.named(suiteNames);
            }
            if (file != null) {
                experiment = Optional.of(new ExperimentReader(ratenet.registries()).read(file, overrides));
                subject = file.toString();
            } else if (model != null) {
                experiment = Optional.of(singleModel(ratenet, model, overrides));
                subject = "neuron model " + model;
                suites = List.of(new ModelContractSuite());
            } else {
                experiment = Optional.empty();
                subject = "generated models";
            }
        } catch (RatenetException | IllegalArgumentException e) {
            err.println((file != null ? file + ": " : "") + "error: " + CheckCommand.oneLine(e.getMessage()));
            return CheckCommand.INVALID_INPUT;
        }
        ValidationContext context = new ValidationContext(chosen, seed, ratenet, experiment);
        ValidityMap.Axis[] axes;
        ValidityMapPoint mapTask = null;
        SweepEngine engine = null;
        SweepSettings settings = null;
        String engineChosen = engineName != null ? engineName : LocalSweepEngine.NAME;
        try {
            if (reportDir != null) { // before any work: the folder must be new, empty or (--force) an earlier report
                OutputFolders.prepare(reportDir.toAbsolutePath().normalize(), force);
            }
            axes = axes();
            if (axes != null) { // check the first corner now, so that a bad parameter name is bad input, not a map of errors
                mapTask = new ValidityMapPoint(Files.readAllBytes(file), file.toString().toLowerCase(Locale.ROOT).endsWith(".json"), overrides,
                        axes[0], axes[1], seed, chosen == Tier.QUICK ? 2 : 4);
                new ExperimentReader(ratenet.registries()).read(file, mapTask.at(axes[0].values()[0], axes[1].values()[0]));
            }
            if (model != null && (engineName != null || master != null || parallel != null)) {
                throw new IllegalArgumentException("--engine, --master and --parallel are for an experiment FILE's suites and map, or the generated models'");
            }
            if (axes == null && engineName == null && (master != null || parallel != null)) {
                throw new IllegalArgumentException("--master and --parallel need --engine (or a --map)");
            }
            if (axes != null || engineName != null) {
                engine = SweepEngines.all(ratenet.injector()).get(engineChosen);
                if (engine == null) {
                    throw new IllegalArgumentException("--engine = '" + engineChosen + "' is not allowed: must be one of "
                            + new TreeSet<>(SweepEngines.all(ratenet.injector()).keySet()));
                }
                if (parallel != null && !engineChosen.equals(LocalSweepEngine.NAME)) {
                    throw new IllegalArgumentException("--parallel is for --engine local: with --engine " + engineChosen
                            + " the cores come from --master (e.g. local[4]) or the cluster");
                }
                settings = new SweepSettings(parallel != null ? parallel : Runtime.getRuntime().availableProcessors(), master, root.plugins().jars());
            }
        } catch (RatenetException | IllegalArgumentException | IOException e) {
            err.println((file != null ? file + ": " : "") + "error: " + CheckCommand.oneLine(e.getMessage()));
            return CheckCommand.INVALID_INPUT;
        }
        ValidationReport report;
        try (SweepEngine e = engine) {
            report = engineName != null ? suitesOn(e, settings, ratenet, subject, suites, chosen, err)
                    : new Validator(suites).run(subject, context, line -> {
                        err.println("validate: " + line);
                        err.flush();
                    });
            if (axes != null) {
                report = report.with(validityMap(ratenet, e, settings, mapTask, err));
            }
        } catch (IOException | RuntimeException e) {
            // an engine wraps what its tasks throw: its own IllegalArgumentException is about its settings (e.g. a --master it cannot parse)
            boolean badSettings = engine != null && e instanceof IllegalArgumentException;
            err.println((file != null ? file + ": " : "") + "error: " + (badSettings ? "" : "validation failed on engine " + engineChosen + ": ")
                    + CheckCommand.oneLine(e.getMessage()));
            return badSettings ? CheckCommand.INVALID_INPUT : 1;
        }
        if (reportDir != null) {
            try {
                ReportWriter.write(report, reportDir, force);
                err.println("validate: report written to " + reportDir.resolve("report.md"));
            } catch (IOException | RuntimeException e) {
                err.println("error: cannot write the report to " + reportDir + ": " + CheckCommand.oneLine(OutputFolders.reason(e)));
                return CheckCommand.INVALID_INPUT;
            }
        }
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(JsonReport.toJson(report)));
        } else {
            printTable(report, out);
        }
        out.flush();
        return report.passed() ? 0 : 1;
    }

    /** Every suite one task of the engine, reported in the suites' order as each arrives. */
    private ValidationReport suitesOn(SweepEngine engine, SweepSettings settings, Ratenet ratenet, String subject, List<ValidationSuite> suites,
                                      Tier chosen, PrintWriter err) throws IOException {
        long start = System.nanoTime();
        List<String> names = suites.stream().map(ValidationSuite::name).toList();
        ValidationSuiteTask task = new ValidationSuiteTask(names, chosen, seed, file == null ? null : Files.readAllBytes(file),
                file != null && file.toString().toLowerCase(Locale.ROOT).endsWith(".json"), overrides);
        List<Integer> indices = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            indices.add(k);
        }
        SuiteReport[] reports = new SuiteReport[names.size()];
        for (ValidationSuiteTask.Outcome o : engine.map(ratenet, indices, task, settings, (done, total, o) -> {
            synchronized (err) {
                SuiteReport r = o.report();
                err.println("validate: " + r.name() + (r.notApplicable().isPresent() ? ": not applicable (" + r.notApplicable().get() + ")"
                        : String.format(Locale.ROOT, ": done (%d of %d suites)", done, total)));
                r.checks().forEach(c -> err.println("validate: " + Validator.describe(c)));
                err.flush();
            }
        })) {
            reports[o.index()] = o.report();
        }
        return new ValidationReport(subject, chosen, seed, List.of(reports), (System.nanoTime() - start) * 1e-9, List.of());
    }

    /** The map's points, each one task of the engine, put back in grid order. */
    private ValidityMap validityMap(Ratenet ratenet, SweepEngine engine, SweepSettings settings, ValidityMapPoint task, PrintWriter err)
            throws IOException {
        ValidityMap.Axis[] axes = {task.x(), task.y()};
        List<double[]> grid = ValidityMap.grid(axes[0], axes[1]);
        List<double[]> points = new ArrayList<>();
        for (int k = 0; k < grid.size(); k++) {
            points.add(new double[] {k, grid.get(k)[0], grid.get(k)[1]});
        }
        ValidityMap.Point[] ordered = new ValidityMap.Point[points.size()];
        for (ValidityMapPoint.Result r : engine.map(ratenet, points, task, settings, (done, total, r) -> {
            synchronized (err) {
                err.println("validate: map: " + ValidityMap.describe(axes[0], axes[1], r.point()));
                err.flush();
            }
        })) {
            ordered[r.index()] = r.point();
        }
        return new ValidityMap("meanfield ↔ spiking", axes[0], axes[1], List.of(ordered));
    }

    private ValidityMap.Axis[] axes() {
        if (map.isEmpty()) {
            return null;
        }
        List<Map.Entry<String, String>> entries = List.copyOf(map.entrySet());
        return new ValidityMap.Axis[] {ValidityMap.Axis.parse(entries.get(0).getKey(), entries.get(0).getValue()),
                ValidityMap.Axis.parse(entries.get(1).getKey(), entries.get(1).getValue())};
    }

    private static Tier tier(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "quick" -> Tier.QUICK;
            case "full" -> Tier.FULL;
            default -> throw new IllegalArgumentException("--tier = '" + name + "' is not allowed: must be quick or full");
        };
    }

    /**
     * One population of the model with its example parameters, changed by {@code --set NAME=VALUE} (a quantity with its
     * unit, a whole number, true/false or a name, as the parameter's schema says), so that the contract kit can run it.
     */
    private static ExperimentSpec singleModel(Ratenet ratenet, String name, Map<String, String> parameters) {
        NeuronModel<?> m = ratenet.neuronModels().get(name);
        if (!m.supportedLevels().contains(Level.SPIKING)) {
            throw new IllegalArgumentException("--model = '" + name + "': the contract kit checks spiking neuron models; this one runs on "
                    + m.supportedLevels());
        }
        ParameterSet defaults;
        try {
            defaults = m.exampleParameters();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--model = '" + name + "' has no example parameters (" + e.getMessage()
                    + "); validate an experiment file that uses the model instead", e);
        }
        Map<String, Object> values = new LinkedHashMap<>(defaults.values());
        parameters.forEach((key, text) -> {
            ParameterDef def = m.parameters().find(key).orElseThrow(() -> new InvalidParameterException("--set " + key, text,
                    "a parameter of neuron model '" + name + "' (" + m.parameters().allowedNames() + ")"));
            values.put(key, switch (def.type()) {
                case QUANTITY -> Quantity.parse(key, text, def.dimension());
                case INTEGER -> Quantity.parse(key, text, Dimension.DIMENSIONLESS);
                case FLAG -> Boolean.parseBoolean(text.strip());
                case TEXT -> text.strip();
            });
        });
        ParameterSet chosen = m.parameters().validate(new ParameterSet(values));
        m.build(chosen);
        NetworkSpec net = NetworkSpec.builder(name).population("N", 1, ComponentSpec.of(name, chosen)).build();
        return new ExperimentSpec(net, new SimulationSpec(100, SimulationSpec.DEFAULT_DT_MS, 0, 1), Map.of());
    }

    private static void printTable(ValidationReport report, PrintWriter out) {
        out.printf(Locale.ROOT, "Validation of %s (tier %s, seed %d): %s%n%n", report.subject(), report.tier().label(), report.seed(),
                report.passed() ? "PASSED" : "FAILED");
        out.printf(Locale.ROOT, "%-48s %-8s %10s %16s%n", "check", "verdict", "passed", "max discrepancy");
        for (CheckResult c : report.checks()) {
            boolean skipped = c.verdict() == CheckResult.Verdict.SKIPPED;
            out.printf(Locale.ROOT, "%-48s %-8s %10s %16s%n", c.name(), c.verdict().name().toLowerCase(Locale.ROOT),
                    skipped ? "" : c.verdict() == CheckResult.Verdict.REPORTED ? c.tries() + " meas." : (c.tries() - c.failed()) + "/" + c.tries(),
                    skipped ? "" : String.format(Locale.ROOT, "%.3g %s", c.maxDiscrepancy(), c.discrepancyUnit()));
        }
        for (CheckResult c : report.checks()) {
            if (c.verdict() == CheckResult.Verdict.FAILED) {
                out.println();
                out.println(c.summary());
            }
        }
        report.suites().stream().filter(s -> s.notApplicable().isPresent())
                .forEach(s -> out.println("(" + s.name() + " not applicable: " + s.notApplicable().get() + ")"));
        for (ValidityMap m : report.maps()) {
            out.println();
            out.printf(Locale.ROOT, "Validity map, %s (discrepancy in tolerances, <= 1 agrees; agreement at %.0f %% of the applicable points):%n",
                    m.levels(), 100 * m.agreement());
            out.print(m.table());
        }
    }
}
