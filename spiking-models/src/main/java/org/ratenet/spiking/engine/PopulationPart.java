package org.ratenet.spiking.engine;

import org.ratenet.api.dynamics.PopulationDynamics;

/**
 * The neurons of one population that one thread updates, and the model instance and drives it updates them with. A
 * population that lies within one block of neurons is its own part. One that the blocks split gets, if its model
 * {@linkplain PopulationDynamics#declaresAllState declares all its state}, an instance of the model and drives of its
 * own in each block, holding that block's neurons, so that no two threads write into the same arrays: otherwise the
 * cache lines at the ends of each thread's range of every array, and next to them, pass between the cores every step
 * ({@code benchmarks/README.md}, "Fourth round"). The parts update the same neurons from the same state and streams, so
 * the spikes are the same bits; the population's own instance holds the state again once {@link #gather} has copied it
 * back (for a checkpoint), and {@link #scatter} hands it out again.
 */
final class PopulationPart {

    final NeuronPopulation population;
    /** The index of the part's first neuron within its population. */
    final int first;
    final int size;
    /** The instance that updates the part: the population's own, or one of the part's size. */
    final PopulationDynamics dynamics;
    /** The population's drives, or the part's copies of them, indexed like {@link #dynamics}. */
    final PoissonDrive[] drives;
    /** The part's neurons in the indices of {@link #dynamics}: [from, from + size). */
    final int from;

    private PopulationPart(NeuronPopulation population, int first, int size, PopulationDynamics dynamics, PoissonDrive[] drives, int from) {
        this.population = population;
        this.first = first;
        this.size = size;
        this.dynamics = dynamics;
        this.drives = drives;
        this.from = from;
    }

    /**
     * The parts of each block, [block][population], null where a block holds none of a population's neurons; blocks are
     * the global neuron ranges [blockStart[t], blockStart[t + 1]).
     */
    static PopulationPart[][] of(SpikingNetwork net, int[] blockStart) {
        int blocks = blockStart.length - 1;
        PopulationPart[][] parts = new PopulationPart[blocks][net.populations.size()];
        for (int p = 0; p < net.populations.size(); p++) {
            NeuronPopulation pop = net.populations.get(p);
            for (int t = 0; t < blocks; t++) {
                int from = Math.max(blockStart[t], pop.offset) - pop.offset;
                int to = Math.min(blockStart[t + 1], pop.offset + pop.size) - pop.offset;
                if (from < to) {
                    parts[t][p] = of(pop, from, to - from);
                }
            }
        }
        return parts;
    }

    private static PopulationPart of(NeuronPopulation pop, int first, int size) {
        if (size == pop.size || !pop.dynamics.declaresAllState()) {
            return new PopulationPart(pop, first, size, pop.dynamics, pop.drives, first);
        }
        PoissonDrive[] drives = new PoissonDrive[pop.drives.length];
        for (int d = 0; d < drives.length; d++) {
            drives[d] = pop.drives[d].part(size);
        }
        PopulationPart part = new PopulationPart(pop, first, size, pop.newInstance(size), drives, 0);
        part.scatter();
        return part;
    }

    /** Whether the part updates with an instance of its own (else with the population's). */
    boolean ownsInstance() {
        return dynamics != population.dynamics;
    }

    /** The global index of neuron 0 of {@link #dynamics}. */
    int origin() {
        return population.offset + first - from;
    }

    /** Copies the part's neurons' state and streams from the population's instance into the part's own. */
    void scatter() {
        if (ownsInstance()) {
            population.dynamics.state().copyTo(first, dynamics.state(), 0, size);
            for (int d = 0; d < drives.length; d++) {
                population.drives[d].copyTo(first, drives[d], 0, size);
            }
        }
    }

    /** Copies the part's neurons' state and streams back into the population's instance. */
    void gather() {
        if (ownsInstance()) {
            dynamics.state().copyTo(0, population.dynamics.state(), first, size);
            for (int d = 0; d < drives.length; d++) {
                drives[d].copyTo(0, population.drives[d], first, size);
            }
        }
    }
}
