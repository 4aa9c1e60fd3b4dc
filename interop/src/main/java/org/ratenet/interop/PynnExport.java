package org.ratenet.interop;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ratenet.api.error.UnsupportedSpecException;
import org.ratenet.api.model.NeuronModel;
import org.ratenet.api.neuron.LifModel;
import org.ratenet.api.neuron.LifParameters;
import org.ratenet.api.registry.Registries;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.ExperimentSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.PopulationSpec;
import org.ratenet.api.spec.ProjectionSpec;
import org.ratenet.api.spec.SynapseSpec;
import org.ratenet.spiking.engine.SpikingEngine;
import org.ratenet.spiking.engine.SpikingNetwork;
import org.ratenet.spiking.engine.SynapseTable;

/**
 * A network as a PyNN 0.10 script ({@value #SCRIPT}) that builds the same network on NEST, NEURON or Brian2: populations
 * as PyNN standard cells ({@link PynnCell}), the connections ratenet realised for the experiment's seed (one
 * {@code FromFileConnector} file a projection in {@value #CONNECTIONS}/, so both simulators run the same graph) or, with
 * {@code rules}, PyNN's equivalent connectors, the Poisson drive, and spike recording. What PyNN's standard models cannot
 * express (a model other than the built-in LIF, plasticity, more synapse time constants than a cell has) is an
 * {@link UnsupportedSpecException} of level {@value #LEVEL} naming it, before anything is written.
 */
public final class PynnExport {

    /** The level name in the errors of an export. */
    public static final String LEVEL = "pynn";
    /** The script's file name. */
    public static final String SCRIPT = "model.py";
    /** The folder of the connection files. */
    public static final String CONNECTIONS = "connections";

    private final ExperimentSpec experiment;
    private final Registries registries;
    private final Map<String, PynnCell> cells;

    private PynnExport(ExperimentSpec experiment, Registries registries, Map<String, PynnCell> cells) {
        this.experiment = experiment;
        this.registries = registries;
        this.cells = cells;
    }

    /** Checks that every component has a PyNN counterpart; the first that has none is an {@link UnsupportedSpecException}. */
    public static PynnExport of(ExperimentSpec experiment, Registries all) {
        NetworkSpec net = experiment.network();
        Registries registries = all.with(net);
        Map<String, PynnCell> cells = new LinkedHashMap<>();
        for (PopulationSpec p : net.populations()) {
            NeuronModel<?> model = registries.neuronModels().get(p.neuron().kind());
            if (!(model instanceof LifModel lif)) {
                throw new UnsupportedSpecException(LEVEL, "neuron model '" + model.name() + "' of population " + p.name(),
                        "a model with a PyNN standard cell (the built-in LIF: IF_curr_delta, IF_curr_exp, IF_cond_exp)");
            }
            LifParameters parameters = lif.build(p.neuron().parameters());
            List<SynapseSpec> incoming = new ArrayList<>();
            double current = 0;
            for (ProjectionSpec q : net.projections()) {
                if (q.target().equals(p.name())) {
                    if (q.plasticityRule().isPresent()) {
                        throw new UnsupportedSpecException(LEVEL, "plasticity rule '" + q.plasticityRule().get().kind() + "' of projection " + q.name(),
                                "static synapses (plastic projections are not exported yet)");
                    }
                    incoming.add(q.synapse());
                }
            }
            for (DriveSpec d : net.drives()) {
                if (d.target().equals(p.name())) {
                    if (d instanceof DriveSpec.Poisson poisson) {
                        incoming.add(poisson.synapse());
                    } else {
                        current += ((DriveSpec.Current) d).currentPa();
                    }
                }
            }
            cells.put(p.name(), PynnCell.of(p.name(), p.size(), parameters, incoming, current));
        }
        for (ProjectionSpec q : net.projections()) {
            cells.get(q.target()).receptor(q.synapse(), "projection " + q.name());
        }
        for (DriveSpec d : net.drives()) {
            if (d instanceof DriveSpec.Poisson poisson) {
                cells.get(d.target()).receptor(poisson.synapse(), "the drive of " + d.target());
            }
        }
        return new PynnExport(experiment, registries, cells);
    }

    /** The PyNN cell of each population, in the spec's order. */
    Map<String, PynnCell> cells() {
        return cells;
    }

    /**
     * Writes {@value #SCRIPT} and, unless {@code rules}, the realised connections into {@code dir} (created if absent;
     * meant to be empty). With {@code rules} the script draws connections with PyNN's connectors instead (for networks too large
     * to list; a different graph of the same law).
     */
    public void writeTo(Path dir, boolean rules) throws IOException {
        NetworkSpec net = experiment.network();
        Files.createDirectories(dir);
        Map<String, String> connectors = new LinkedHashMap<>(); // a connector expression, or the file of the realised connections
        if (rules) {
            for (ProjectionSpec q : net.projections()) {
                connectors.put(q.name(), PynnConnectors.rule(q, registries));
            }
        } else {
            Files.createDirectories(dir.resolve(CONNECTIONS));
            try (SpikingEngine engine = new SpikingEngine(SpikingNetwork.build(net, experiment.simulation(), registries), 1)) {
                for (ProjectionSpec q : net.projections()) {
                    String file = CONNECTIONS + "/" + fileName(q.name());
                    writeConnections(dir.resolve(file), engine.synapses(q.name()), q.synapse(), cells.get(q.target()).receptor(q.synapse(), q.name()));
                    connectors.put(q.name(), file);
                }
            }
        }
        Files.writeString(dir.resolve(SCRIPT), PynnScript.render(experiment, cells, connectors, rules), StandardCharsets.UTF_8);
    }

    /** PyNN's text format: a header naming the columns, then i, j, weight (PyNN's unit) and delay (ms) a line. */
    private static void writeConnections(Path file, SynapseTable table, SynapseSpec synapse, Receptor receptor) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# columns = [\"i\", \"j\", \"weight\", \"delay\"]\n");
            for (int e = 0; e < table.size(); e++) {
                double weight = (synapse.drawnWeights() ? table.weights()[e] : synapse.weight()) * receptor.weightFactor();
                out.write(table.sources()[e] + "\t" + table.targets()[e] + "\t" + weight + "\t" + table.delaysMs()[e] + "\n");
            }
        }
    }

    /** A projection's name as a file name. */
    static String fileName(String projection) {
        return projection.replace("->", "_to_").replaceAll("[^A-Za-z0-9_.-]", "_") + ".txt";
    }
}
