package org.ratenet.api.dynamics;

import org.ratenet.api.units.Dimension;

/**
 * The synaptic variables of a population, one per input channel c >= 1 and neuron, declared in its
 * {@link PopulationState} (current channels as {@code I_syn_c} in pA, conductance channels as {@code g_syn_c} in nS),
 * each decaying as x ← x e^{−dt/τ_c} + (weights arriving in the step). A model that takes its input at the step's
 * midpoint calls {@link #advance} for its range and then reads, per neuron, the summed current (the population's
 * constant current included), the summed conductance and Σ g_c E_c; a model with its own propagators (the LIF) reads
 * the arrays and factors directly. PSP jumps of delta synapses stay on channel 0 ({@link SynapticInput#jumpMv}).
 */
public final class SynapticChannels {

    private final double constantCurrentPa;
    private final double[][] values;
    private final double[] decay;
    private final double[] halfStepDecay;
    private final boolean[] conductance;
    private final double[] reversalMv;
    private final boolean anyCurrent;
    private final boolean anyConductance;
    /** Per-neuron midpoint sums of the last {@link #advance}; threads advance disjoint ranges, so sharing is race-free. */
    private final double[] currentPa;
    private final double[] conductanceNs;
    private final double[] drivenNsMv;

    /** Declares the channels' variables in {@code state} for the channels of {@code context}. */
    public SynapticChannels(PopulationContext context, PopulationState.Builder state) {
        int n = context.channelCount();
        int size = context.size();
        double dt = context.dtMs();
        this.constantCurrentPa = context.constantCurrentPa();
        this.values = new double[n][];
        this.decay = new double[n];
        this.halfStepDecay = new double[n];
        this.conductance = new boolean[n];
        this.reversalMv = new double[n];
        boolean currents = false;
        boolean conductances = false;
        for (int c = 1; c < n; c++) {
            InputChannel channel = context.channels().get(c);
            conductance[c] = channel.type() == InputChannel.Type.CONDUCTANCE;
            values[c] = conductance[c] ? state.variable("g_syn_" + c, Dimension.CONDUCTANCE) : state.variable("I_syn_" + c, Dimension.CURRENT);
            decay[c] = Math.exp(-dt / channel.tauMs());
            halfStepDecay[c] = Math.exp(-dt / (2 * channel.tauMs()));
            reversalMv[c] = channel.reversalMv();
            currents |= !conductance[c];
            conductances |= conductance[c];
        }
        this.anyCurrent = currents;
        this.anyConductance = conductances;
        this.currentPa = new double[size];
        this.conductanceNs = new double[conductances ? size : 0];
        this.drivenNsMv = new double[conductances ? size : 0];
    }

    /**
     * Takes every channel's midpoint value x e^{−dt/2τ} into the sums of neurons [from, to), then advances each
     * channel by one step with this step's arrivals.
     */
    public void advance(int from, int to, SynapticInput input) {
        double[] in = input.buffer();
        java.util.Arrays.fill(currentPa, from, to, constantCurrentPa);
        if (anyConductance) {
            java.util.Arrays.fill(conductanceNs, from, to, 0);
            java.util.Arrays.fill(drivenNsMv, from, to, 0);
        }
        for (int c = 1; c < values.length; c++) {
            double[] x = values[c];
            double half = halfStepDecay[c];
            double[] sum = conductance[c] ? conductanceNs : currentPa;
            for (int i = from; i < to; i++) {
                sum[i] += x[i] * half;
            }
            if (conductance[c]) {
                double halfE = half * reversalMv[c];
                for (int i = from; i < to; i++) {
                    drivenNsMv[i] += x[i] * halfE;
                }
            }
            double d = decay[c];
            int arrivals = input.offset(c);
            for (int i = from; i < to; i++) {
                x[i] = x[i] * d + in[arrivals + i];
            }
        }
    }

    /** The synaptic current of local neuron i at V (pA): currents plus Σ g_c (E_c − V), after {@link #advance}. */
    public double currentPa(int i, double vMv) {
        return anyConductance ? currentPa[i] + drivenNsMv[i] - conductanceNs[i] * vMv : currentPa[i];
    }

    /** The midpoint sum of current channels and the constant current (pA) of neuron i, after {@link #advance}. */
    public double currentPa(int i) {
        return currentPa[i];
    }

    /** Σ g_c at the midpoint (nS) of neuron i, after {@link #advance}; 0 without conductance channels. */
    public double conductanceNs(int i) {
        return anyConductance ? conductanceNs[i] : 0;
    }

    /** Σ g_c E_c at the midpoint (nS·mV) of neuron i, after {@link #advance}; 0 without conductance channels. */
    public double drivenNsMv(int i) {
        return anyConductance ? drivenNsMv[i] : 0;
    }

    /** The number of channels, the jump channel 0 included. */
    public int count() {
        return values.length;
    }

    /** Channel c's variable of every neuron (pA or nS), c >= 1. */
    public double[] values(int c) {
        return values[c];
    }

    /** e^{−dt/τ_c}. */
    public double decay(int c) {
        return decay[c];
    }

    /** e^{−dt/2τ_c}. */
    public double halfStepDecay(int c) {
        return halfStepDecay[c];
    }

    public boolean isConductance(int c) {
        return conductance[c];
    }

    /** E_c of a conductance channel (mV); NaN for a current channel. */
    public double reversalMv(int c) {
        return reversalMv[c];
    }

    public boolean anyCurrent() {
        return anyCurrent;
    }

    public boolean anyConductance() {
        return anyConductance;
    }
}
