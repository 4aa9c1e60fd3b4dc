package org.ratenet.conductance;

import com.google.inject.AbstractModule;

import org.ratenet.api.inject.RatenetModule;
import org.ratenet.api.inject.Registrations;
import org.ratenet.api.model.Level;

/** Registers the {@code conductance_rate} neuron model and the {@code conductance} level. */
public final class ConductanceModule extends AbstractModule implements RatenetModule {

    @Override
    protected void configure() {
        Registrations.addNeuronModel(binder(), new ConductanceCellModel());
        Registrations.levels(binder()).addBinding(Level.CONDUCTANCE).to(ConductanceLevel.class);
    }
}
