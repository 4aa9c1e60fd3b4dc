package org.ratenet.rate;

import com.google.inject.AbstractModule;

import org.ratenet.api.inject.RatenetModule;
import org.ratenet.api.inject.Registrations;
import org.ratenet.api.model.Level;
import org.ratenet.rate.dynamics.RateLevel;
import org.ratenet.rate.dynamics.RateNeuronModel;
import org.ratenet.rate.gain.GainKinds;

/** Registers the gain functions {@code threshold_linear} and {@code sigmoid}, the {@code rate} neuron model and the {@code rate} level. */
public final class RateModelsModule extends AbstractModule implements RatenetModule {

    @Override
    protected void configure() {
        GainKinds.all().forEach(kind -> Registrations.addGain(binder(), kind));
        Registrations.addNeuronModel(binder(), new RateNeuronModel());
        Registrations.levels(binder()).addBinding(Level.RATE).to(RateLevel.class);
    }
}
