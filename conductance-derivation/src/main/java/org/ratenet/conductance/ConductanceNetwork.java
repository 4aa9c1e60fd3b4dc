package org.ratenet.conductance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;

/**
 * A network at the conductance level: units (neurons, or populations), each with its cell parameters and
 * external input, and synapse entries (target, source, multiplicity, G_syn, τ_syn, V_syn). At the neuron
 * level the multiplicity is 1 per synapse; at the population level it is the in-degree K, the number of
 * inputs a target neuron receives from the source population. Immutable; built with {@link Builder}.
 */
public final class ConductanceNetwork {

    private final List<String> labels;
    private final CellParameters[] cells;
    private final ExternalInput[] external;
    private final int[] target;
    private final int[] source;
    private final double[] multiplicity;
    private final double[] conductanceNs;
    private final double[] timeConstantMs;
    private final double[] reversalMv;

    private ConductanceNetwork(Builder b) {
        this.labels = List.copyOf(b.labels);
        this.cells = b.cells.toArray(CellParameters[]::new);
        this.external = b.external.toArray(ExternalInput[]::new);
        int n = b.count;
        this.target = Arrays.copyOf(b.target, n);
        this.source = Arrays.copyOf(b.source, n);
        this.multiplicity = Arrays.copyOf(b.multiplicity, n);
        this.conductanceNs = Arrays.copyOf(b.conductance, n);
        this.timeConstantMs = Arrays.copyOf(b.tau, n);
        this.reversalMv = Arrays.copyOf(b.reversal, n);
    }

    public static Builder builder() {
        return new Builder();
    }

    public int size() {
        return cells.length;
    }

    public List<String> labels() {
        return labels;
    }

    public CellParameters cell(int i) {
        return cells[i];
    }

    public ExternalInput external(int i) {
        return external[i];
    }

    public int synapseCount() {
        return target.length;
    }

    public int target(int k) {
        return target[k];
    }

    public int source(int k) {
        return source[k];
    }

    public double multiplicity(int k) {
        return multiplicity[k];
    }

    public SynapseParameters synapse(int k) {
        return new SynapseParameters(conductanceNs[k], timeConstantMs[k], reversalMv[k]);
    }

    /** G_syn of entry k (nS), without allocating. */
    double conductanceNs(int k) {
        return conductanceNs[k];
    }

    double timeConstantMs(int k) {
        return timeConstantMs[k];
    }

    double reversalMv(int k) {
        return reversalMv[k];
    }

    /** Collects units and synapse entries; validates every field as it is added. */
    public static final class Builder {
        private final ArrayList<String> labels = new ArrayList<>();
        private final ArrayList<CellParameters> cells = new ArrayList<>();
        private final ArrayList<ExternalInput> external = new ArrayList<>();
        private int[] target = new int[16];
        private int[] source = new int[16];
        private double[] multiplicity = new double[16];
        private double[] conductance = new double[16];
        private double[] tau = new double[16];
        private double[] reversal = new double[16];
        private int count;

        /** Adds a unit and returns its index. */
        public int unit(String label, CellParameters cell, ExternalInput input) {
            labels.add(Require.nonNull("label", label));
            cells.add(Require.nonNull("cell", cell));
            external.add(Require.nonNull("external", input));
            return cells.size() - 1;
        }

        /** Adds {@code count} synapses from unit {@code from} onto unit {@code to}. */
        public Builder synapse(int to, int from, double count, SynapseParameters s) {
            if (to < 0 || to >= cells.size() || from < 0 || from >= cells.size()) {
                throw new InvalidParameterException("synapse", from + " -> " + to, "between units in [0, " + cells.size() + ")");
            }
            Require.nonNegative("multiplicity", count, "");
            Require.nonNull("synapse", s);
            if (this.count == target.length) {
                grow();
            }
            target[this.count] = to;
            source[this.count] = from;
            multiplicity[this.count] = count;
            conductance[this.count] = s.conductanceNs();
            tau[this.count] = s.timeConstantMs();
            reversal[this.count] = s.reversalMv();
            this.count++;
            return this;
        }

        private void grow() {
            int n = target.length * 2;
            target = Arrays.copyOf(target, n);
            source = Arrays.copyOf(source, n);
            multiplicity = Arrays.copyOf(multiplicity, n);
            conductance = Arrays.copyOf(conductance, n);
            tau = Arrays.copyOf(tau, n);
            reversal = Arrays.copyOf(reversal, n);
        }

        public ConductanceNetwork build() {
            if (cells.isEmpty()) {
                throw new InvalidParameterException("units", 0, "at least one unit");
            }
            return new ConductanceNetwork(this);
        }
    }
}
