package org.ratenet.spiking.engine;

import java.util.Arrays;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;
import org.ratenet.api.units.Dimension;

/**
 * Declared state variables (see {@code PopulationState}) of chosen neurons, sampled every {@code intervalSteps} steps at
 * the end of the step, as NEST's multimeter. Each probed neuron has its own sample array, written only by the thread that
 * updates the neuron, so recording is race-free and the same for any thread count.
 */
public final class StateProbes {

    private final int[] neurons;
    private final String[] variables;
    private final int[] intervalSteps;
    private final double[][] samples;
    private final int[] counts;
    /** Per probe, once bound to a network: the variable's array and the neuron's index in it. */
    private double[][] sources;
    private int[] locals;
    private Dimension[] units;

    /**
     * @param neurons global indices of the probed neurons
     * @param variables the state variable of each probe, e.g. {@code V_m}
     * @param intervalSteps their sampling intervals in steps
     */
    public StateProbes(int[] neurons, String[] variables, int[] intervalSteps) {
        if (neurons.length != intervalSteps.length || neurons.length != variables.length) {
            throw new InvalidParameterException("probes", neurons.length + " neurons, " + variables.length + " variables, "
                    + intervalSteps.length + " intervals", "as many of each");
        }
        this.neurons = neurons.clone();
        this.variables = variables.clone();
        this.intervalSteps = intervalSteps.clone();
        this.samples = new double[neurons.length][64];
        this.counts = new int[neurons.length];
        for (int p = 0; p < neurons.length; p++) {
            Require.atLeast("interval steps", intervalSteps[p], 1);
        }
    }

    /** Membrane potentials ({@code V_m}) of these neurons, every {@code intervalSteps}. */
    public static StateProbes membranePotentials(int[] neurons, int[] intervalSteps) {
        String[] names = new String[neurons.length];
        Arrays.fill(names, "V_m");
        return new StateProbes(neurons, names, intervalSteps);
    }

    /**
     * Finds each probe's variable in the declared state of the model instance that updates its neuron (the parts of
     * {@code parts}, [block][population]); an unknown name fails naming the declared ones.
     */
    void bind(PopulationPart[][] parts) {
        sources = new double[neurons.length][];
        locals = new int[neurons.length];
        units = new Dimension[neurons.length];
        for (int p = 0; p < neurons.length; p++) {
            PopulationPart part = partOf(parts, neurons[p]);
            var variable = part.dynamics.state().variable(variables[p]);
            sources[p] = variable.values();
            units[p] = variable.unit();
            locals[p] = neurons[p] - part.origin();
        }
    }

    private static PopulationPart partOf(PopulationPart[][] parts, int g) {
        int neurons = 0;
        for (PopulationPart[] block : parts) {
            for (PopulationPart part : block) {
                if (part != null && g >= part.origin() + part.from && g < part.origin() + part.from + part.size) {
                    return part;
                }
                neurons += part == null ? 0 : part.size;
            }
        }
        throw new InvalidParameterException("neuron", g, "in [0, " + neurons + ")");
    }

    /** Records the probed neurons of {@code part} after step k, where an interval ends. */
    void record(PopulationPart part, int k) {
        int first = part.origin() + part.from;
        for (int p = 0; p < neurons.length; p++) {
            int g = neurons[p];
            if (g < first || g >= first + part.size || (k + 1) % intervalSteps[p] != 0) {
                continue;
            }
            if (counts[p] == samples[p].length) {
                samples[p] = Arrays.copyOf(samples[p], 2 * counts[p]);
            }
            samples[p][counts[p]++] = sources[p][locals[p]];
        }
    }

    public int size() {
        return neurons.length;
    }

    public int neuron(int p) {
        return neurons[p];
    }

    public String variable(int p) {
        return variables[p];
    }

    /** The unit of probe p's variable (known once the engine is built). */
    public Dimension unit(int p) {
        return units[p];
    }

    public int intervalSteps(int p) {
        return intervalSteps[p];
    }

    /** The samples of probe p, taken at the end of steps interval − 1, 2 interval − 1, .... */
    public double[] samples(int p) {
        return Arrays.copyOf(samples[p], counts[p]);
    }
}
