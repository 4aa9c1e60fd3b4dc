package org.ratenet.api.dynamics;

/**
 * What arrives at a population's neurons in the current step, per input channel: local neuron i receives
 * {@code buffer()[offset(c) + i]} on channel c (mV on the jump channel, pA on current channels, nS on conductance
 * channels), the Poisson drive included unless the model draws it itself ({@link PopulationDynamics#drawsDrive()}, then
 * {@link #drives()} lists the drives active in the step). The engine clears the slots after the update unless the
 * model does ({@link PopulationDynamics#clearsInput()}).
 */
public interface SynapticInput {

    /** The engine's input buffer for the neurons being updated. */
    double[] buffer();

    /**
     * Where local neuron 0's input on channel c would sit in {@link #buffer()}: neuron i's is at {@code offset(c) + i}.
     * Only the neurons being updated are certain to have their entries in the buffer (an engine on several threads
     * keeps one buffer per thread), so this may lie outside it.
     */
    int offset(int channel);

    /** The PSP jump (mV) arriving at local neuron i on the jump channel 0 in this step. */
    default double jumpMv(int i) {
        return buffer()[offset(0) + i];
    }

    /**
     * The number of the population's Poisson drives active in this step that the model draws itself: 0 unless its
     * dynamics {@link PopulationDynamics#drawsDrive() draws its drive}.
     */
    default int drives() {
        return 0;
    }

    /** Active drive d, 0 <= d < {@link #drives()}. */
    default PoissonInput drive(int d) {
        throw new IndexOutOfBoundsException("drive " + d + " of " + drives());
    }

    /** Draws every active drive into the buffer (for a model that fuses none of them). */
    default void addDrives(int from, int to) {
        for (int d = 0; d < drives(); d++) {
            drive(d).addTo(from, to, this);
        }
    }
}
