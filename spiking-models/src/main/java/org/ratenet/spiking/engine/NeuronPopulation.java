package org.ratenet.spiking.engine;

import org.ratenet.api.dynamics.PopulationDynamics;

/**
 * A population as the engine sees it: where its neurons sit in the network's global numbering, its model's dynamics
 * and its external Poisson drives.
 */
final class NeuronPopulation {

    final String name;
    final int offset;
    final int size;
    final PopulationDynamics dynamics;
    final PoissonDrive[] drives;

    NeuronPopulation(String name, int offset, int size, PopulationDynamics dynamics, PoissonDrive[] drives) {
        this.name = name;
        this.offset = offset;
        this.size = size;
        this.dynamics = dynamics;
        this.drives = drives;
    }

    /** Whether global neuron g belongs to this population. */
    boolean contains(int g) {
        return g >= offset && g < offset + size;
    }
}
