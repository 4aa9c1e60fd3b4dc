package org.ratenet.api.dynamics;

/**
 * One external Poisson drive of a population in the current step, handed to a model that draws its drives inside its
 * own update loop ({@link PopulationDynamics#drawsDrive()}): each neuron's count comes from that neuron's own stream,
 * so the model must draw exactly once per neuron and step, refractory neurons included, in any neuron order.
 */
public interface PoissonInput {

    /** The input channel the drive arrives on (0: PSP jumps in mV; c >= 1: pA or nS). */
    int channel();

    /** What one input spike adds to its channel (mV, pA or nS). */
    double jump();

    /** Draws local neuron i's count of input spikes in this step (call once per neuron and step). */
    int count(int i);

    /**
     * Draws the counts of local neurons [from, to) and adds count × jump to their slots of {@code input}: what the engine
     * does for a model that does not draw its drives itself; a model calls it for the drives it does not fuse.
     */
    default void addTo(int from, int to, SynapticInput input) {
        double[] buffer = input.buffer();
        int base = input.offset(channel());
        double j = jump();
        for (int i = from; i < to; i++) {
            buffer[base + i] += count(i) * j;
        }
    }
}
