package org.ratenet.rate.meanfield;

import com.google.inject.AbstractModule;

import org.ratenet.api.inject.RatenetModule;
import org.ratenet.api.inject.Registrations;
import org.ratenet.api.model.Level;

/** Registers the {@code meanfield} level. */
public final class MeanFieldModule extends AbstractModule implements RatenetModule {

    @Override
    protected void configure() {
        Registrations.levels(binder()).addBinding(Level.MEANFIELD).to(MeanFieldLevel.class);
    }
}
