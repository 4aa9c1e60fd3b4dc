package org.ratenet.files;

import java.io.CharConversionException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.InvalidInputException;
import org.ratenet.api.error.RatenetException;
import org.ratenet.api.error.Require;
import org.ratenet.api.model.Kind;
import org.ratenet.api.model.NeuronModel;
import org.ratenet.api.param.ParameterDef;
import org.ratenet.api.param.ParameterSchema;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.registry.Registries;
import org.ratenet.api.registry.Registry;
import org.ratenet.api.registry.SpecChecker;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.ExperimentSpec;
import org.ratenet.api.spec.InvalidSpecException;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.PopulationSpec;
import org.ratenet.api.spec.ProjectionSpec;
import org.ratenet.api.spec.RecordingSpec;
import org.ratenet.api.spec.SimulationSpec;
import org.ratenet.api.spec.SynapseKind;
import org.ratenet.api.spec.SynapseSpec;
import org.ratenet.api.units.Dimension;
import org.ratenet.api.units.Quantity;
import org.ratenet.equations.EquationException;
import org.ratenet.equations.EquationModel;
import org.ratenet.equations.ModelDefinition;

/**
 * Reads an experiment file (YAML, or JSON by extension {@code .json}) into an {@link ExperimentSpec}
 * and checks it against the registries. Every problem is an {@link ExperimentFileException} whose
 * message is {@code path: reason} on one line. See {@code examples/brunel-a.yaml} for the format.
 */
public final class ExperimentReader {

    /** Defaults of the optional {@code simulation:} section. */
    public static final SimulationSpec DEFAULT_SIMULATION = SimulationSpec.DEFAULT;

    static final List<String> TOP = List.of("name", "parameters", "models", "simulation", "populations", "projections", "drive", "recording");
    /** The fields of a model defined by equations ({@link ModelDefinition}). */
    static final List<String> MODEL = List.of("equations", "threshold", "reset", "refractory", "membrane", "method", "initial", "parameters");
    static final List<String> SIMULATION = List.of("duration", "dt", "warmup", "seed");
    static final List<String> PROJECTION = List.of("name", "source", "target", "connectivity", "synapse", "plasticity");
    static final List<String> SYNAPSE = List.of("kind", "weight", "weight_distribution", "weight_sd", "delay", "delay_max", "delay_distribution",
            "delay_sd", "tau_syn", "reversal");
    static final List<String> DRIVE = List.of("target", "poisson", "synapse", "current");
    static final List<String> POISSON = List.of("rate", "indegree", "start", "stop");
    static final List<String> RECORDING = List.of("spikes", "sample", "rate_bin", "probes", "state", "weights_every");
    /** What {@code recording: {state: {E: [V_m, w]}}} records: the first neurons of the population, every millisecond. */
    static final int STATE_NEURONS = 10;
    static final double STATE_INTERVAL_MS = 1.0;
    static final List<String> PROBE = List.of("population", "variable", "neurons", "interval");

    private static final long MAX_FILE_BYTES = 16L << 20;

    private final Registries registries;

    public ExperimentReader(Registries registries) {
        this.registries = registries;
    }

    /** Reads and checks a file; {@code overrides} replace parameters ({@code --set g=6}). */
    public ExperimentSpec read(Path file, Map<String, String> overrides) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean json = name.endsWith(".json");
        if (!json && !name.endsWith(".yaml") && !name.endsWith(".yml")) {
            throw new ExperimentFileException("", "unknown file type: expected .yaml, .yml or .json");
        }
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ExperimentFileException("", "is a directory");
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ExperimentFileException("", "larger than " + (MAX_FILE_BYTES >> 20) + " MiB");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ExperimentFileException("", "cannot read the file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        return parse(bytes, json, overrides);
    }

    /** Parses file content; {@code json} selects the JSON parser instead of YAML. */
    public ExperimentSpec parse(byte[] content, boolean json, Map<String, String> overrides) {
        JsonNode root = tree(content, json);
        ExperimentSpec spec = experiment(new FileNode(root, ""), overrides);
        try {
            new SpecChecker(registries).check(spec.network()); // with the models the file defines
        } catch (InvalidSpecException e) {
            throw new ExperimentFileException(e.path(), e.reason());
        }
        return spec;
    }

    private static JsonNode tree(byte[] content, boolean json) {
        JsonNode root = json ? jsonTree(content) : yamlTree(content);
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new ExperimentFileException("", "the file is empty");
        }
        if (!root.isObject()) {
            throw new ExperimentFileException("", "expected a mapping with keys " + TOP + " at the top level");
        }
        ((ObjectNode) root).remove(((ObjectNode) root).properties().stream().map(Map.Entry::getKey).filter(k -> k.startsWith("x-")).toList());
        return root;
    }

    private static JsonNode jsonTree(byte[] content) {
        try {
            return JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build().readTree(content);
        } catch (JsonProcessingException e) {
            throw new ExperimentFileException("", "not valid JSON: " + plain(syntaxProblem(e)));
        } catch (IOException | RuntimeException e) {
            throw new ExperimentFileException("", "not valid JSON: " + ExperimentFileException.flatten(String.valueOf(e.getMessage())));
        }
    }

    /**
     * YAML through SnakeYAML's safe loader, so that anchors, aliases and merge keys ({@code <<: *lif}) work as YAML says;
     * aliases are limited (no "billion laughs"), duplicate keys refused, the file may be as large as {@link #MAX_FILE_BYTES},
     * and it must hold exactly one document.
     */
    private static JsonNode yamlTree(byte[] content) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit((int) MAX_FILE_BYTES);
        options.setMaxAliasesForCollections(50);
        List<Object> documents = new ArrayList<>();
        try {
            new Yaml(new SafeConstructor(options)).loadAll(new String(content, java.nio.charset.StandardCharsets.UTF_8))
                    .forEach(documents::add);
        } catch (MarkedYAMLException e) {
            throw new ExperimentFileException("", "not valid YAML: " + marked(e));
        } catch (YAMLException | IllegalArgumentException e) {
            throw new ExperimentFileException("", "not valid YAML: " + plain(e));
        } catch (StackOverflowError e) {
            throw new ExperimentFileException("", "not valid YAML: nested too deeply");
        }
        if (documents.size() > 1) {
            throw new ExperimentFileException("", "the file holds " + documents.size() + " YAML documents (separated by ---): one experiment a file");
        }
        try {
            return documents.isEmpty() ? null : new ObjectMapper().valueToTree(documents.get(0));
        } catch (IllegalArgumentException e) {
            throw new ExperimentFileException("", "not valid YAML: " + plain(e));
        }
    }

    /** SnakeYAML's problem and its place, without its echo of the input. */
    private static String marked(MarkedYAMLException m) {
        String problem = m.getProblem() != null ? m.getProblem() : m.getContext();
        return plain(problem) + (m.getProblemMark() == null ? "" : " (line " + (m.getProblemMark().getLine() + 1) + ", column "
                + (m.getProblemMark().getColumn() + 1) + ")");
    }

    /** A parser's message, one line, without Java class names. */
    private static String plain(Object message) {
        String text = message instanceof Throwable t ? String.valueOf(t.getMessage()) : String.valueOf(message);
        return ExperimentFileException.flatten(text.replaceAll("(org\\.yaml\\.snakeyaml|com\\.fasterxml\\.jackson)[\\w.$]*", "the parser"));
    }

    /** The parser's complaint without its echo of the input, and where it is. */
    private static String syntaxProblem(JsonProcessingException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof CharConversionException) {
                return "the file is not UTF-8 text (" + c.getMessage() + ")";
            }
            if (c instanceof MarkedYAMLException m && m.getProblemMark() != null) {
                return m.getProblem() + " (line " + (m.getProblemMark().getLine() + 1) + ", column "
                        + (m.getProblemMark().getColumn() + 1) + ")";
            }
        }
        JsonLocation at = e.getLocation();
        String reason = e.getOriginalMessage().replaceAll("\\[Source: [^;]*; line: (\\d+), column: (\\d+)]", "line $1, column $2");
        return reason + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
    }

    private ExperimentSpec experiment(FileNode root, Map<String, String> overrides) {
        root.mapping(TOP);
        ParameterTable parameters = new ParameterTable();
        root.optionalField("parameters").ifPresent(section -> section.entries().forEach((k, v) -> {
            if (v.isMapping() || v.isBoolean()) {
                throw v.error("expected a number or an expression");
            }
            parameters.define(k, v.expression(), v.path());
        }));
        overrides.forEach(parameters::override);
        Map<String, Quantity> values = parameters.evaluateAll();

        String name = root.optionalField("name").map(FileNode::name).orElse("experiment");
        NetworkSpec.Builder network = NetworkSpec.builder(name);
        Map<String, NeuronModel<?>> models = new LinkedHashMap<>();
        root.optionalField("models").ifPresent(section -> section.entries().forEach((modelName, node) -> {
            NeuronModel<?> model = model(modelName, node, parameters);
            if (registries.neuronModels().find(model.name()).isPresent()) {
                throw node.error("'" + model.name() + "' is already a registered neuron model; give the model defined here another name");
            }
            models.put(model.name(), model);
            network.model(model);
        }));
        Registries scoped = registries.withModels(models.values());
        FileNode populations = root.field("populations");
        if (populations.entries().isEmpty()) {
            throw populations.error("at least one population is needed");
        }
        populations.entries().forEach((popName, node) -> network.population(population(popName, node, parameters, scoped)));
        List<ProjectionSpec> projections = new ArrayList<>();
        root.optionalField("projections").ifPresent(list -> list.elements().forEach(p -> projections.add(projection(p, parameters))));
        projections.forEach(network::projection);
        root.optionalField("drive").ifPresent(list -> list.elements().forEach(d -> network.drive(drive(d, parameters))));
        root.optionalField("recording").ifPresent(r -> network.recording(recording(r, parameters)));
        SimulationSpec simulation = root.optionalField("simulation").map(s -> simulation(s, parameters)).orElse(DEFAULT_SIMULATION);
        NetworkSpec spec = build(root, network::build);
        return new ExperimentSpec(spec, simulation, values);
    }

    private PopulationSpec population(String name, FileNode node, ParameterTable parameters, Registries scoped) {
        node.mapping(List.of("size", "neuron"));
        int size = (int) node.field("size").whole(parameters, 1, Integer.MAX_VALUE);
        ComponentSpec neuron = component(node.field("neuron"), "model", scoped.neuronModels(), parameters);
        return build(node, () -> new PopulationSpec(name, size, neuron));
    }

    /**
     * A model defined by equations: its fields as text, its parameters' defaults evaluated against the file's parameters
     * (so {@code tau_m: tau_m} works); an equation error names the field, line and column.
     */
    private static NeuronModel<?> model(String name, FileNode node, ParameterTable parameters) {
        node.mapping(MODEL);
        try {
            Require.name("model name", name);
        } catch (IllegalArgumentException e) {
            throw node.error("'" + ExperimentFileException.flatten(name) + "' is not a valid model name");
        }
        ModelDefinition.Builder b = ModelDefinition.builder(name);
        b.equations(node.field("equations").text());
        node.optionalField("threshold").ifPresent(t -> b.threshold(t.expression()));
        node.optionalField("reset").ifPresent(t -> b.reset(t.expression()));
        node.optionalField("refractory").ifPresent(t -> b.refractory(t.expression()));
        node.optionalField("membrane").ifPresent(t -> b.membrane(t.name()));
        node.optionalField("method").ifPresent(t -> b.method(t.text()));
        node.optionalField("initial").ifPresent(section -> section.entries().forEach((variable, v) -> b.initial(variable, v.expression())));
        node.optionalField("parameters").ifPresent(section -> section.entries().forEach((parameter, v) -> {
            try {
                b.parameter(parameter, parameters.evaluate(v.expression()));
            } catch (ExperimentFileException e) {
                throw e;
            } catch (RatenetException | InvalidInputException e) {
                throw v.error(e.getMessage());
            }
        }));
        try {
            return EquationModel.parse(b.build());
        } catch (EquationException e) {
            throw new ExperimentFileException(node.path() + "." + e.field(), "line " + e.line() + ", column " + e.column() + ": " + e.reason());
        } catch (InvalidInputException e) {
            throw node.error(e.getMessage());
        }
    }

    private ProjectionSpec projection(FileNode node, ParameterTable parameters) {
        node.mapping(PROJECTION);
        String name = node.optionalField("name").map(FileNode::text).orElse(null);
        String source = node.field("source").name();
        String target = node.field("target").name();
        ComponentSpec connectivity = component(node.field("connectivity"), "rule", registries.connectivityRules(), parameters);
        SynapseSpec synapse = synapse(node.field("synapse"), parameters, true);
        ComponentSpec plasticity = node.optionalField("plasticity")
                .map(p -> component(p, "rule", registries.plasticityRules(), parameters)).orElse(null);
        return build(node, () -> new ProjectionSpec(name, source, target, connectivity, synapse, plasticity));
    }

    private static SynapseSpec synapse(FileNode node, ParameterTable parameters, boolean delayRequired) {
        node.mapping(SYNAPSE);
        FileNode kindNode = node.field("kind");
        String kindText = kindNode.text();
        SynapseKind kind;
        try {
            kind = SynapseKind.valueOf(kindText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw kindNode.error("unknown synapse kind '" + ExperimentFileException.flatten(kindText) + "' (known: delta, current, conductance, rate)");
        }
        double weight = node.field("weight").quantity(parameters, kind.weightDimension()).value();
        double delay = (delayRequired && kind.carriesSpikes()) || node.optionalField("delay").isPresent()
                ? node.field("delay").quantity(parameters, Dimension.TIME).value() : 0;
        double tau = 0;
        double reversal = Double.NaN;
        if (kind == SynapseKind.DELTA || kind == SynapseKind.RATE) {
            forbid(node, "tau_syn", "a " + kind.label() + " synapse has no time constant");
        } else {
            tau = node.field("tau_syn").quantity(parameters, Dimension.TIME).value();
        }
        if (kind == SynapseKind.CONDUCTANCE) {
            reversal = node.field("reversal").quantity(parameters, Dimension.VOLTAGE).value();
        } else {
            forbid(node, "reversal", "only conductance synapses have a reversal potential");
        }
        double t = tau;
        double e = reversal;
        String distribution = node.optionalField("weight_distribution").map(FileNode::text).orElse("constant");
        double sd = node.optionalField("weight_sd").map(n -> n.quantity(parameters, kind.weightDimension()).value()).orElse(0.0);
        double delayMax = node.optionalField("delay_max").map(n -> n.quantity(parameters, Dimension.TIME).value()).orElse(delay);
        String delayLaw = node.optionalField("delay_distribution").map(FileNode::text).orElse(delayMax > delay ? "uniform" : "constant");
        double delaySd = node.optionalField("delay_sd").map(n -> n.quantity(parameters, Dimension.TIME).value()).orElse(0.0);
        return build(node, () -> new SynapseSpec(kind, weight, delay, t, e, distribution, sd, delayMax, delayLaw, delaySd));
    }

    private static void forbid(FileNode node, String key, String why) {
        node.optionalField(key).ifPresent(n -> {
            throw n.error(why);
        });
    }

    private static DriveSpec drive(FileNode node, ParameterTable parameters) {
        node.mapping(DRIVE);
        String target = node.field("target").name();
        boolean poisson = node.optionalField("poisson").isPresent();
        boolean current = node.optionalField("current").isPresent();
        if (poisson == current) {
            throw node.error("give exactly one of 'poisson' (with 'synapse') or 'current'");
        }
        if (current) {
            forbid(node, "synapse", "a constant current has no synapse");
            double amplitude = node.field("current").quantity(parameters, Dimension.CURRENT).value();
            return build(node, () -> new DriveSpec.Current(target, amplitude));
        }
        FileNode p = node.field("poisson").mapping(POISSON);
        double rate = p.field("rate").quantity(parameters, Dimension.RATE).value();
        int inDegree = (int) p.field("indegree").whole(parameters, 1, Integer.MAX_VALUE);
        double start = p.optionalField("start").map(t -> t.quantity(parameters, Dimension.TIME).value()).orElse(0.0);
        double stop = p.optionalField("stop").map(t -> t.quantity(parameters, Dimension.TIME).value()).orElse(Double.POSITIVE_INFINITY);
        SynapseSpec synapse = synapse(node.field("synapse"), parameters, false);
        return build(node, () -> new DriveSpec.Poisson(target, rate, inDegree, synapse, start, stop));
    }

    private static RecordingSpec recording(FileNode node, ParameterTable parameters) {
        node.mapping(RECORDING);
        List<String> spikes = new ArrayList<>();
        node.optionalField("spikes").ifPresent(s -> s.elements().forEach(e -> spikes.add(e.name())));
        int sample = node.optionalField("sample").map(s -> s.expression().equals("all") ? RecordingSpec.ALL
                : (int) s.whole(parameters, 1, Integer.MAX_VALUE)).orElse(RecordingSpec.ALL);
        double bin = node.optionalField("rate_bin").map(b -> b.quantity(parameters, Dimension.TIME).value())
                .orElse(RecordingSpec.RATES_ONLY.rateBinMs());
        List<RecordingSpec.Probe> probes = new ArrayList<>();
        node.optionalField("probes").ifPresent(list -> list.elements().forEach(p -> {
            p.mapping(PROBE);
            String population = p.field("population").name();
            String variable = p.field("variable").name();
            int neurons = (int) p.field("neurons").whole(parameters, 1, Integer.MAX_VALUE);
            double interval = p.field("interval").quantity(parameters, Dimension.TIME).value();
            probes.add(build(p, () -> new RecordingSpec.Probe(population, variable, neurons, interval)));
        }));
        node.optionalField("state").ifPresent(state -> state.entries().forEach((population, variables) -> variables.elements()
                .forEach(v -> probes.add(build(v, () -> new RecordingSpec.Probe(population, v.name(), STATE_NEURONS, STATE_INTERVAL_MS))))));
        double weightsEvery = node.optionalField("weights_every").map(w -> w.quantity(parameters, Dimension.TIME).value()).orElse(0.0);
        return build(node, () -> new RecordingSpec(spikes, sample, bin, probes, weightsEvery));
    }

    private static SimulationSpec simulation(FileNode node, ParameterTable parameters) {
        node.mapping(SIMULATION);
        SimulationSpec d = DEFAULT_SIMULATION;
        double duration = node.optionalField("duration").map(n -> n.quantity(parameters, Dimension.TIME).value()).orElse(d.durationMs());
        double dt = node.optionalField("dt").map(n -> n.quantity(parameters, Dimension.TIME).value()).orElse(d.dtMs());
        double warmup = node.optionalField("warmup").map(n -> n.quantity(parameters, Dimension.TIME).value())
                .orElse(SimulationSpec.defaultWarmupMs(duration));
        long seed = node.optionalField("seed").map(FileNode::longLiteral).orElse(d.seed());
        return build(node, () -> new SimulationSpec(duration, dt, warmup, seed));
    }

    /**
     * A component {@code {<nameKey>: kind, param: value, ...}} whose parameters are read with the kind's
     * schema: quantities and integers as expressions with the declared dimension, flags, text.
     */
    private static ComponentSpec component(FileNode node, String nameKey, Registry<? extends Kind<?>> registry,
                                           ParameterTable parameters) {
        if (!node.isMapping()) {
            throw node.error("expected a mapping with '" + nameKey + "' and the " + registry.kind() + "'s parameters");
        }
        FileNode kindNode = node.field(nameKey);
        String kindName = kindNode.name();
        Kind<?> kind;
        try {
            kind = registry.get(kindName);
        } catch (RatenetException | InvalidInputException e) {
            throw kindNode.error(e.getMessage());
        }
        Map<String, String> choices = new LinkedHashMap<>(); // text parameters may scope the others (a trace rule's weight_function)
        kind.parameters().definitions().stream().filter(d -> d.type() == ParameterDef.Type.TEXT)
                .forEach(d -> node.optionalField(d.name()).ifPresent(v -> choices.put(d.name(), v.text())));
        ParameterSchema schema = build(node, () -> kind.parameters(choices));
        Map<String, Object> values = new LinkedHashMap<>();
        node.entries().forEach((key, value) -> {
            if (key.equals(nameKey)) {
                return;
            }
            ParameterDef def = schema.find(key).orElseThrow(() -> value.error("unknown parameter '" + key + "' of "
                    + registry.kind() + " '" + kindName + "' (parameters: " + schema.allowedNames() + ")"));
            values.put(key, switch (def.type()) {
                case FLAG -> value.flag();
                case TEXT -> value.text();
                default -> value.quantity(parameters, def.dimension());
            });
        });
        ParameterSet set = build(node, () -> new ParameterSet(values));
        return build(node, () -> new ComponentSpec(kindName, set));
    }

    /** Runs a constructor, reporting its validation failure at this node's path. */
    private static <T> T build(FileNode node, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (InvalidInputException | RatenetException e) {
            throw node.error(e.getMessage());
        }
    }
}
