package org.ratenet.examples.qif;

import com.google.inject.AbstractModule;
import org.ratenet.api.inject.RatenetModule;

import org.ratenet.api.inject.Registrations;

/**
 * Adds the {@code qif} neuron model: {@code Ratenet.builder().with(new QifModule()).build()}, then any population with
 * {@code neuron: {model: qif, ...}} runs on the spiking level.
 */
public final class QifModule extends AbstractModule implements RatenetModule {

    @Override
    protected void configure() {
        Registrations.addNeuronModel(binder(), new QuadraticIntegrateAndFire());
    }
}
