package org.ratenet.api.dynamics;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;

/**
 * One input channel of the engine: the sum of the weights of every synaptic event (and Poisson drive input) that
 * arrives at a neuron in a step, by kind of synapse. The engine makes channel 0 the {@link Type#JUMP} channel of
 * delta synapses, then one channel per distinct τ_syn of current synapses and per distinct (τ_syn, E_rev) of
 * conductance synapses.
 *
 * @param type how the model should read the channel
 * @param tauMs the synaptic time constant τ_syn (ms) of current and conductance channels; 0 for the jump channel
 * @param reversalMv the reversal potential E_rev (mV) of a conductance channel; NaN otherwise
 */
public record InputChannel(Type type, double tauMs, double reversalMv) {

    /** How the weights arriving on a channel act on the neuron. */
    public enum Type {
        /** Delta synapses: an instantaneous jump of V by the weight (mV). */
        JUMP,
        /** Exponential current synapses: the weight (pA) adds to a current that decays with τ_syn. */
        CURRENT,
        /** Exponential conductance synapses: the weight (nS) adds to a conductance that decays with τ_syn, towards E_rev. */
        CONDUCTANCE
    }

    public InputChannel {
        Require.nonNull("type", type);
        if (type == Type.JUMP) {
            if (tauMs != 0 || !Double.isNaN(reversalMv)) {
                throw new InvalidParameterException("jump channel", tauMs + " ms, " + reversalMv + " mV", "τ_syn 0 and no reversal potential");
            }
        } else {
            Require.positive("tau_syn", tauMs, "ms");
            if (type == Type.CONDUCTANCE) {
                Require.finite("E_rev", reversalMv, "mV");
            } else if (!Double.isNaN(reversalMv)) {
                throw new InvalidParameterException("E_rev", reversalMv + " mV", "none (NaN) for a current channel");
            }
        }
    }

    /** The jump channel of delta synapses. */
    public static InputChannel jump() {
        return new InputChannel(Type.JUMP, 0, Double.NaN);
    }

    public static InputChannel current(double tauMs) {
        return new InputChannel(Type.CURRENT, tauMs, Double.NaN);
    }

    public static InputChannel conductance(double tauMs, double reversalMv) {
        return new InputChannel(Type.CONDUCTANCE, tauMs, reversalMv);
    }
}
