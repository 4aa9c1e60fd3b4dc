package org.ratenet.files;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.ExperimentSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.PopulationSpec;
import org.ratenet.api.spec.ProjectionSpec;
import org.ratenet.api.spec.RecordingSpec;
import org.ratenet.api.spec.SimulationSpec;
import org.ratenet.api.spec.SynapseKind;
import org.ratenet.api.spec.SynapseSpec;
import org.ratenet.api.units.Dimension;
import org.ratenet.api.units.Quantity;
import org.ratenet.equations.EquationModel;
import org.ratenet.equations.ModelDefinition;

/**
 * Writes an {@link ExperimentSpec} in the experiment-file format, with every value evaluated and in
 * canonical units, so that {@link ExperimentReader} reads back an equal spec.
 */
public final class ExperimentWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build();

    /** The experiment as YAML text. */
    public String toYaml(ExperimentSpec experiment) {
        try {
            return YAML.writeValueAsString(toTree(experiment));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The experiment as a tree, for YAML or JSON. */
    public ObjectNode toTree(ExperimentSpec experiment) {
        NetworkSpec net = experiment.network();
        ObjectNode root = NODES.objectNode();
        root.put("name", net.name());
        if (!experiment.parameters().isEmpty()) {
            ObjectNode p = root.putObject("parameters");
            experiment.parameters().forEach((k, v) -> put(p, k, v));
        }
        if (!net.models().isEmpty()) {
            ObjectNode models = root.putObject("models");
            net.models().forEach((name, model) -> {
                if (!(model instanceof EquationModel e)) {
                    throw new InvalidParameterException("models." + name, model.toString(),
                            "a model defined by equations (only those can be written to a file)");
                }
                models.set(name, definition(e.definition()));
            });
        }
        SimulationSpec sim = experiment.simulation();
        ObjectNode s = root.putObject("simulation");
        put(s, "duration", new Quantity(sim.durationMs(), Dimension.TIME));
        put(s, "dt", new Quantity(sim.dtMs(), Dimension.TIME));
        put(s, "warmup", new Quantity(sim.warmupMs(), Dimension.TIME));
        s.put("seed", sim.seed());
        ObjectNode pops = root.putObject("populations");
        for (PopulationSpec pop : net.populations()) {
            ObjectNode p = pops.putObject(pop.name());
            p.put("size", pop.size());
            p.set("neuron", component(pop.neuron(), "model"));
        }
        if (!net.projections().isEmpty()) {
            ArrayNode list = root.putArray("projections");
            for (ProjectionSpec proj : net.projections()) {
                ObjectNode p = list.addObject();
                if (!proj.name().equals(ProjectionSpec.defaultName(proj.source(), proj.target()))) {
                    p.put("name", proj.name());
                }
                p.put("source", proj.source());
                p.put("target", proj.target());
                p.set("connectivity", component(proj.connectivity(), "rule"));
                p.set("synapse", synapse(proj.synapse(), true));
                proj.plasticityRule().ifPresent(r -> p.set("plasticity", component(r, "rule")));
            }
        }
        if (!net.drives().isEmpty()) {
            ArrayNode list = root.putArray("drive");
            for (DriveSpec drive : net.drives()) {
                ObjectNode d = list.addObject();
                d.put("target", drive.target());
                if (drive instanceof DriveSpec.Poisson poisson) {
                    ObjectNode p = d.putObject("poisson");
                    put(p, "rate", new Quantity(poisson.rateHz(), Dimension.RATE));
                    p.put("indegree", poisson.inDegree());
                    if (poisson.startMs() != 0) {
                        put(p, "start", new Quantity(poisson.startMs(), Dimension.TIME));
                    }
                    if (!poisson.persistent()) {
                        put(p, "stop", new Quantity(poisson.stopMs(), Dimension.TIME));
                    }
                    d.set("synapse", synapse(poisson.synapse(), false));
                } else if (drive instanceof DriveSpec.Current current) {
                    put(d, "current", new Quantity(current.currentPa(), Dimension.CURRENT));
                }
            }
        }
        RecordingSpec rec = net.recording();
        ObjectNode r = root.putObject("recording");
        ArrayNode spikes = r.putArray("spikes");
        rec.spikePopulations().forEach(spikes::add);
        if (rec.spikeSample() == RecordingSpec.ALL) {
            r.put("sample", "all");
        } else {
            r.put("sample", rec.spikeSample());
        }
        put(r, "rate_bin", new Quantity(rec.rateBinMs(), Dimension.TIME));
        if (rec.weightIntervalMs() > 0) {
            put(r, "weights_every", new Quantity(rec.weightIntervalMs(), Dimension.TIME));
        }
        if (!rec.probes().isEmpty()) {
            ArrayNode probes = r.putArray("probes");
            for (RecordingSpec.Probe probe : rec.probes()) {
                ObjectNode p = probes.addObject();
                p.put("population", probe.population());
                p.put("variable", probe.variable());
                p.put("neurons", probe.neurons());
                put(p, "interval", new Quantity(probe.intervalMs(), Dimension.TIME));
            }
        }
        return root;
    }

    private static ObjectNode synapse(SynapseSpec syn, boolean withDelay) {
        ObjectNode s = NODES.objectNode();
        s.put("kind", syn.kind().label());
        put(s, "weight", syn.weightQuantity());
        if (syn.drawnWeights()) {
            s.put("weight_distribution", syn.weightDistribution());
            put(s, "weight_sd", new Quantity(syn.weightSd(), syn.kind().weightDimension()));
        }
        if ((withDelay && syn.kind().carriesSpikes()) || syn.delayMs() != 0) {
            put(s, "delay", new Quantity(syn.delayMs(), Dimension.TIME));
        }
        if (syn.drawnDelays()) {
            put(s, "delay_max", new Quantity(syn.delayMaxMs(), Dimension.TIME));
        }
        if (syn.delayDistribution().equals("normal")) {
            s.put("delay_distribution", syn.delayDistribution());
            put(s, "delay_sd", new Quantity(syn.delaySd(), Dimension.TIME));
        }
        if (syn.kind() == SynapseKind.CURRENT || syn.kind() == SynapseKind.CONDUCTANCE) {
            put(s, "tau_syn", new Quantity(syn.tauSynMs(), Dimension.TIME));
        }
        if (syn.kind() == SynapseKind.CONDUCTANCE) {
            put(s, "reversal", new Quantity(syn.reversalMv(), Dimension.VOLTAGE));
        }
        return s;
    }

    private static ObjectNode component(ComponentSpec c, String nameKey) {
        ObjectNode o = NODES.objectNode();
        o.put(nameKey, c.kind());
        ParameterSet p = c.parameters();
        p.values().forEach((k, v) -> {
            if (v instanceof Quantity q) {
                put(o, k, q);
            } else if (v instanceof Boolean b) {
                o.put(k, b);
            } else {
                o.put(k, (String) v);
            }
        });
        return o;
    }

    /** A dimensionless quantity as a number, any other as canonical text such as {@code 20 ms}. */
    /** The fields of a model defined by equations, as the reader reads them. */
    private static ObjectNode definition(ModelDefinition d) {
        ObjectNode m = NODES.objectNode();
        m.put("equations", d.equations());
        putText(m, "threshold", d.threshold());
        putText(m, "reset", d.reset());
        putText(m, "refractory", d.refractory());
        putText(m, "membrane", d.membrane());
        putText(m, "method", d.method());
        if (!d.initial().isEmpty()) {
            ObjectNode initial = m.putObject("initial");
            d.initial().forEach(initial::put);
        }
        ObjectNode parameters = m.putObject("parameters");
        d.parameters().forEach((k, v) -> put(parameters, k, v));
        return m;
    }

    private static void putText(ObjectNode o, String key, String text) {
        if (!text.isBlank()) {
            o.put(key, text);
        }
    }

    private static void put(ObjectNode o, String key, Quantity q) {
        if (q.dimension() == Dimension.DIMENSIONLESS) {
            double v = q.value();
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                o.put(key, (long) v);
            } else {
                o.put(key, v);
            }
        } else {
            o.put(key, q.format());
        }
    }
}
