package org.ratenet.spiking.engine;

import java.util.function.IntFunction;

import org.ratenet.api.dynamics.PopulationDynamics;

/**
 * A population as the engine sees it: where its neurons sit in the network's global numbering, its model's dynamics
 * and its external Poisson drives, and how to make another instance of its model for a part of it (see
 * {@link PopulationPart}).
 */
final class NeuronPopulation {

    final String name;
    final int offset;
    final int size;
    final PopulationDynamics dynamics;
    final PoissonDrive[] drives;
    /** A new instance of the population's model, with its parameters, for {@code size} neurons (initial state to be copied in). */
    private final IntFunction<PopulationDynamics> instances;

    NeuronPopulation(String name, int offset, int size, PopulationDynamics dynamics, PoissonDrive[] drives,
                     IntFunction<PopulationDynamics> instances) {
        this.name = name;
        this.offset = offset;
        this.size = size;
        this.dynamics = dynamics;
        this.drives = drives;
        this.instances = instances;
    }

    /** Whether global neuron g belongs to this population. */
    boolean contains(int g) {
        return g >= offset && g < offset + size;
    }

    /** A new instance of the population's model for {@code size} neurons. */
    PopulationDynamics newInstance(int size) {
        return instances.apply(size);
    }
}
