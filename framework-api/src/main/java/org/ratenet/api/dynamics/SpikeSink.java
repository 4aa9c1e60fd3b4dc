package org.ratenet.api.dynamics;

/** Where a model reports its spikes, in the order of its update. */
@FunctionalInterface
public interface SpikeSink {

    /** Local neuron {@code neuron} fired in the current step. */
    void spike(int neuron);
}
