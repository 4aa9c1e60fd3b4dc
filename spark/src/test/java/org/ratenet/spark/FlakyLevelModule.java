package org.ratenet.spark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import com.google.inject.AbstractModule;

import org.ratenet.api.inject.RatenetModule;
import org.ratenet.api.inject.Registrations;
import org.ratenet.api.model.Level;
import org.ratenet.api.result.PopulationRates;
import org.ratenet.api.result.Provenance;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.PopulationSpec;

/**
 * A test plugin (found through the test class path's services file): the level {@code flaky}, which predicts 10 Hz per
 * unit of each population's size / 100 and fails, once per JVM, with an unexpected exception (as a lost executor or a
 * bug would), so that a sweep shows that Spark retries the task and the row comes out the same.
 */
public final class FlakyLevelModule extends AbstractModule implements RatenetModule {

    /** Whether the level has already failed in this JVM. */
    static final AtomicBoolean FAILED = new AtomicBoolean();

    static final class FlakyLevel implements Level<PopulationRates> {
        @Override
        public String name() {
            return "flaky";
        }

        @Override
        public void checkSupported(NetworkSpec spec) {
        }

        @Override
        public PopulationRates evaluate(NetworkSpec spec) {
            if (FAILED.compareAndSet(false, true)) {
                throw new IllegalStateException("injected one-time failure");
            }
            Map<String, Double> rates = new LinkedHashMap<>();
            spec.populations().forEach(p -> rates.put(p.name(), 0.1 * p.size()));
            return new PopulationRates(rates, Provenance.of("flaky", "0.1 Hz per neuron"), List.of());
        }
    }

    @Override
    protected void configure() {
        Registrations.levels(binder()).addBinding("flaky").toInstance(new FlakyLevel());
    }
}
