package org.ratenet.spiking.engine;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

import org.ratenet.api.dynamics.StateArrays;
import org.ratenet.api.model.SpikeTimingRule;

/**
 * The plastic state of one projection under a {@link SpikeTimingRule}: one weight per synapse in CSR order, in units of
 * the projection's nominal weight (transmitted as nominal × relative): 4 bytes of target and 8 of weight per synapse, a
 * double because float weights cost 3× in the delivery loop (each float↔double conversion carries a false dependency
 * from one synapse to the next on x86). As in NEST, a synapse is only touched when its presynaptic neuron fires: it first catches up with the
 * postsynaptic spikes since that neuron's previous spike (from the postsynaptic neurons' spike histories, which
 * {@link PlasticState} keeps with the postsynaptic traces just before each spike), then takes the presynaptic event, then
 * transmits. So no step ever passes over the synapses, and weights read out between spikes are brought up to date by
 * {@link PlasticState#currentWeight}.
 */
final class PlasticSynapses {

    final SpikeTimingRule rule;
    final double nominalWeight;
    final double[] weights;
    final int sourceSize;
    final int targetOffset;
    final int targetSize;

    PlasticSynapses(SpikeTimingRule rule, double nominalWeight, int[] rowStart, int[] targets, int targetOffset, int targetSize) {
        this.rule = rule;
        this.nominalWeight = nominalWeight;
        this.sourceSize = rowStart.length - 1;
        this.targetOffset = targetOffset;
        this.targetSize = targetSize;
        this.weights = new double[targets.length];
        Arrays.fill(weights, 1);
    }

    /** Bytes of plastic state per projection beyond the connectivity: the weights. */
    long bytes() {
        return 8L * weights.length;
    }

    void write(DataOutput out) throws IOException {
        StateArrays.write(out, weights);
    }

    void read(DataInput in) throws IOException {
        StateArrays.read(in, weights);
    }
}
