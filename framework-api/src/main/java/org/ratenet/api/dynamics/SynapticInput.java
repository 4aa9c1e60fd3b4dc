package org.ratenet.api.dynamics;

/**
 * What arrives at a population's neurons in the current step, per input channel: local neuron i receives
 * {@code buffer()[offset(c) + i]} on channel c (mV on the jump channel, pA on current channels, nS on conductance
 * channels), the Poisson drive included. Read-only for the model; the engine clears it after the update.
 */
public interface SynapticInput {

    /** The engine's input buffer. */
    double[] buffer();

    /** Where local neuron 0's input on channel c sits in {@link #buffer()}. */
    int offset(int channel);

    /** The PSP jump (mV) arriving at local neuron i on the jump channel 0 in this step. */
    default double jumpMv(int i) {
        return buffer()[offset(0) + i];
    }
}
