package org.ratenet.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ratenet.api.error.Require;
import org.ratenet.api.model.Kind;
import org.ratenet.api.model.NeuronModel;
import org.ratenet.api.model.TransferFunction;
import org.ratenet.api.param.ParameterDef;
import org.ratenet.api.param.ParameterSchema;
import org.ratenet.api.spec.SynapseKind;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ratenet models}: every registered component (the built-ins and the plugins'), by sort, with its parameters,
 * their units, defaults and allowed ranges, as NEST's {@code GetDefaults} shows a model.
 */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "List every registered neuron model, connectivity rule, plasticity rule, weight function, gain function and level, "
                + "with parameters, units and defaults (plugins included).")
final class ModelsCommand implements Callable<Integer> {

    /** What each synapse kind does and takes. */
    private static final java.util.Map<SynapseKind, String> SYNAPSES = java.util.Map.of(
            SynapseKind.DELTA, "a jump of V by the weight; delay",
            SynapseKind.CURRENT, "an exponential current; tau_syn, delay",
            SynapseKind.CONDUCTANCE, "an exponential conductance towards E_rev; tau_syn, E_rev, delay",
            SynapseKind.RATE, "a rate-network coupling W (the weight times the presynaptic rate); no delay");

    @ParentCommand
    private RatenetCommand root;

    @Option(names = "--json", description = "Print JSON instead of text.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        Map<String, Map<String, Object>> components = root.ratenet().components();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode rootNode = JsonNodeFactory.instance.objectNode();
            components.forEach((sort, entries) -> {
                ObjectNode sortNode = rootNode.putObject(sort);
                entries.forEach((name, component) -> describe(component, sortNode.putObject(name)));
            });
            ObjectNode synapses = rootNode.putObject("synapse kind");
            for (SynapseKind kind : SynapseKind.values()) {
                synapses.putObject(kind.label()).put("weight_unit", kind.weightDimension().canonicalSymbol()).put("description", SYNAPSES.get(kind));
            }
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rootNode));
        } else {
            components.forEach((sort, entries) -> {
                out.println(sort + "s:");
                entries.forEach((name, component) -> print(name, component, out));
                out.println();
            });
            out.println("synapse kinds (a projection's or drive's synapse: {kind, weight, delay, tau_syn, E_rev, weight_sd, ...}):");
            for (SynapseKind kind : SynapseKind.values()) {
                out.println("  " + kind.label() + "  (weight in " + kind.weightDimension().canonicalSymbol() + "; " + SYNAPSES.get(kind) + ")");
            }
        }
        out.flush();
        return 0;
    }

    private static void print(String name, Object component, PrintWriter out) {
        StringBuilder line = new StringBuilder("  ").append(name);
        if (component instanceof NeuronModel<?> model) {
            line.append("  (levels: ").append(String.join(", ", new java.util.TreeSet<>(model.supportedLevels())));
            if (model instanceof TransferFunction<?> f) {
                line.append("; transfer function: ").append(f.description()).append(f.approximate() ? ", approximate" : "");
            }
            line.append(')');
        }
        out.println(line);
        schema(component).ifPresent(s -> s.definitions().forEach(d -> out.println("      " + parameterLine(d))));
    }

    /** {@code tau_m  ms  required  > 0 ms  membrane time constant}. */
    static String parameterLine(ParameterDef d) {
        String unit = d.type() == ParameterDef.Type.QUANTITY ? d.dimension().canonicalSymbol() : d.type().name().toLowerCase(java.util.Locale.ROOT);
        String value = d.required() ? "required" : "default " + defaultText(d);
        String range = d.type() == ParameterDef.Type.TEXT ? "one of " + d.choices() : d.type() == ParameterDef.Type.FLAG ? "" : d.rangeText("");
        return String.format(java.util.Locale.ROOT, "%-16s %-7s %-24s %-24s %s", d.name(), unit.isEmpty() ? "1" : unit, value, range,
                d.description()).stripTrailing();
    }

    private static String defaultText(ParameterDef d) {
        return d.defaultValue() instanceof Double x ? Require.format(x) + (d.dimension().canonicalSymbol().isEmpty() ? ""
                : " " + d.dimension().canonicalSymbol()) : String.valueOf(d.defaultValue());
    }

    private static java.util.Optional<ParameterSchema> schema(Object component) {
        return component instanceof Kind<?> kind ? java.util.Optional.of(kind.parameters()) : java.util.Optional.empty();
    }

    private static void describe(Object component, ObjectNode node) {
        if (component instanceof NeuronModel<?> model) {
            ArrayNode levels = node.putArray("levels");
            new java.util.TreeSet<>(model.supportedLevels()).forEach(levels::add);
            if (model instanceof TransferFunction<?> f) {
                node.put("transfer_function", f.description());
                node.put("transfer_function_approximate", f.approximate());
            }
        }
        schema(component).ifPresent(s -> {
            ObjectNode parameters = node.putObject("parameters");
            for (ParameterDef d : s.definitions()) {
                ObjectNode p = parameters.putObject(d.name());
                p.put("type", d.type().name().toLowerCase(java.util.Locale.ROOT));
                p.put("unit", d.dimension().canonicalSymbol());
                if (d.required()) {
                    p.put("required", true);
                } else {
                    p.put("default", String.valueOf(d.defaultValue()));
                }
                if (d.type() == ParameterDef.Type.TEXT) {
                    ArrayNode choices = p.putArray("choices");
                    d.choices().forEach(choices::add);
                } else if (d.type() != ParameterDef.Type.FLAG) {
                    p.put("range", d.rangeText(""));
                }
                p.put("description", d.description());
            }
        });
    }
}
