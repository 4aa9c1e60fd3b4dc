package org.ratenet.api.dynamics;

import org.ratenet.api.model.NeuronModel;

/**
 * A neuron model the spiking engine can run: besides its parameters, it creates the dynamics of a population. A user's
 * model implements this interface and is registered by name like any neuron model; the engine needs no change.
 *
 * @param <P> the parameter record
 */
public interface SpikingNeuronModel<P extends Record> extends NeuronModel<P> {

    /** The state (initialised) and update rule of a population with these parameters, in this network. */
    PopulationDynamics dynamics(P parameters, PopulationContext context);
}
