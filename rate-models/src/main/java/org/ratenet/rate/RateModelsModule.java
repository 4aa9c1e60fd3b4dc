package org.ratenet.rate;

import com.google.inject.AbstractModule;

import org.ratenet.api.inject.RatenetModule;
import org.ratenet.api.inject.Registrations;
import org.ratenet.rate.gain.GainKinds;

/** Registers the gain functions {@code threshold_linear} and {@code sigmoid}. */
public final class RateModelsModule extends AbstractModule implements RatenetModule {

    @Override
    protected void configure() {
        GainKinds.all().forEach(kind -> Registrations.addGain(binder(), kind));
    }
}
