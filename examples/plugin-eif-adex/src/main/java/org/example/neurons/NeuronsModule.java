package org.example.neurons;

import com.google.inject.AbstractModule;
import org.ratenet.api.inject.RatenetModule;
import org.ratenet.api.inject.Registrations;

/** Registers {@code eif} and {@code adex}; listed in {@code META-INF/services/org.ratenet.api.inject.RatenetModule}. */
public final class NeuronsModule extends AbstractModule implements RatenetModule {

    @Override
    protected void configure() {
        Registrations.addNeuronModel(binder(), new ExponentialIntegrateAndFire());
        Registrations.addNeuronModel(binder(), new AdaptiveExponentialIntegrateAndFire());
    }
}
