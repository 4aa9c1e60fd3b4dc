package org.ratenet.spiking;

import com.google.inject.AbstractModule;

import org.ratenet.api.inject.RatenetModule;
import org.ratenet.api.inject.Registrations;
import org.ratenet.spiking.connect.ConnectivityKinds;

/** Registers the spiking level's components: the connectivity rules. */
public final class SpikingModule extends AbstractModule implements RatenetModule {

    @Override
    protected void configure() {
        ConnectivityKinds.all().forEach(kind -> Registrations.addConnectivityRule(binder(), kind));
    }
}
