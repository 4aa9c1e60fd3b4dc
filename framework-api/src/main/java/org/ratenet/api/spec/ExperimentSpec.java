package org.ratenet.api.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ratenet.api.error.Require;
import org.ratenet.api.units.Quantity;

/**
 * A network with how to run it, and the named parameters it was written with (e.g. {@code g},
 * {@code eta} of Brunel's model), evaluated, kept for provenance and for writing the file back.
 */
public record ExperimentSpec(NetworkSpec network, SimulationSpec simulation, Map<String, Quantity> parameters) {

    public ExperimentSpec {
        Require.nonNull("network", network);
        Require.nonNull("simulation", simulation);
        Map<String, Quantity> copy = new LinkedHashMap<>();
        Require.nonNull("parameters", parameters).forEach((k, v) -> copy.put(Require.name("parameter name", k),
                Require.nonNull(k, v)));
        parameters = Collections.unmodifiableMap(copy);
    }

    @Override
    public String toString() {
        return "Experiment " + network.name() + " (" + simulation + ")"
                + (parameters.isEmpty() ? "" : "\n  parameters " + parameters) + "\n" + network;
    }
}
