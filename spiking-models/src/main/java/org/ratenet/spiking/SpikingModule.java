package org.ratenet.spiking;

import com.google.inject.AbstractModule;

import org.ratenet.api.inject.RatenetModule;
import org.ratenet.api.inject.Registrations;
import org.ratenet.api.model.Level;
import org.ratenet.spiking.connect.ConnectivityKinds;
import org.ratenet.spiking.engine.SpikingLevel;

/** Registers the spiking level's components: the connectivity rules and the {@code spiking} level. */
public final class SpikingModule extends AbstractModule implements RatenetModule {

    @Override
    protected void configure() {
        ConnectivityKinds.all().forEach(kind -> Registrations.addConnectivityRule(binder(), kind));
        Registrations.levels(binder()).addBinding(Level.SPIKING).to(SpikingLevel.class);
    }
}
