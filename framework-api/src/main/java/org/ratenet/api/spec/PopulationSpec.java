package org.ratenet.api.spec;

import org.ratenet.api.error.Require;

/** A population: its name, its number of neurons (at least 1) and its neuron model with parameters. */
public record PopulationSpec(String name, int size, ComponentSpec neuron) {

    public PopulationSpec {
        Require.name("population name", name);
        Require.atLeast("size", size, 1);
        Require.nonNull("neuron", neuron);
    }

    @Override
    public String toString() {
        return name + ": " + size + " × " + neuron;
    }
}
