package org.ratenet.spark;

import com.google.inject.AbstractModule;

import org.ratenet.api.inject.RatenetModule;
import org.ratenet.cli.sweep.SweepEngines;

/** Registers the sweep engine {@code spark} when this module is on the class path. */
public final class SparkModule extends AbstractModule implements RatenetModule {

    @Override
    protected void configure() {
        SweepEngines.register(binder()).addBinding(SparkSweepEngine.NAME).to(SparkSweepEngine.class);
    }
}
