package org.ratenet.api.inject;

import com.google.inject.AbstractModule;

import org.ratenet.api.neuron.LifModel;

/**
 * Declares every registry (so that an empty one still injects) and registers the neuron models the
 * API defines: {@code lif}.
 */
public final class ApiModule extends AbstractModule implements RatenetModule {

    @Override
    protected void configure() {
        Registrations.neuronModels(binder());
        Registrations.gains(binder());
        Registrations.connectivityRules(binder());
        Registrations.plasticityRules(binder());
        Registrations.levels(binder());
        Registrations.addNeuronModel(binder(), new LifModel());
    }
}
