package org.ratenet.api.spec;

import org.ratenet.api.error.Require;
import org.ratenet.api.param.ParameterSet;

/**
 * A reference to a registered kind by name with its parameters, e.g. the neuron model
 * {@code lif {tau_m=20 ms}} or the connectivity rule {@code fixed_indegree {indegree=1000}}. Whether
 * the name exists and the parameters fit is checked against the registries, not here.
 */
public record ComponentSpec(String kind, ParameterSet parameters) {

    public ComponentSpec {
        Require.name("kind", kind);
        Require.nonNull("parameters", parameters);
    }

    public static ComponentSpec of(String kind, ParameterSet parameters) {
        return new ComponentSpec(kind, parameters);
    }

    public static ComponentSpec of(String kind) {
        return new ComponentSpec(kind, ParameterSet.EMPTY);
    }

    @Override
    public String toString() {
        return parameters.values().isEmpty() ? kind : kind + " " + parameters;
    }
}
