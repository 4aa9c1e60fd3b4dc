package org.ratenet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ratenet.api.run.RunContext;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.spec.ExperimentSpec;
import org.ratenet.files.ExperimentReader;
import org.ratenet.spiking.engine.SpikeStatistics;
import org.ratenet.spiking.engine.SpikingLevel;
import org.ratenet.spiking.engine.SpikingResult;

/**
 * examples/coba.yaml is the self-sustained COBA benchmark (Brette et al. 2007; Vogels and Abbott 2005): after the
 * 50 ms kick stops, both populations keep firing irregularly at about 20 Hz to the end of the second.
 */
class CobaExampleTest {

    @Test
    void activityOutlivesTheKickAtAbout20HzAndIrregular() {
        Ratenet ratenet = Ratenet.create();
        ExperimentSpec experiment = new ExperimentReader(ratenet.registries()).read(Path.of("coba.yaml"), Map.of());
        SpikingResult result = new SpikingLevel(ratenet.registries()).evaluate(experiment);
        for (int a = 0; a < 2; a++) {
            SpikeStatistics s = result.statistics().get(a);
            String population = result.populations().get(a);
            assertTrue(s.rateHz() > 15 && s.rateHz() < 25, population + ": " + s.rateHz() + " Hz after the warm-up");
            assertTrue(s.cvIsi() > 0.8, population + ": CV " + s.cvIsi());
            double[] rate = result.rates().channel(population + ".rate");
            double lastHundredMs = 0;
            for (int b = rate.length - 20; b < rate.length; b++) { // 5 ms bins
                lastHundredMs += rate[b] / 20;
            }
            assertTrue(lastHundredMs > 10, population + ": " + lastHundredMs + " Hz in the last 100 ms");
        }
    }

    /** Conductance synapses, a kick that stops and a one-step minimum delay: still the same bits on 1 and 3 threads. */
    @Test
    void theSameSpikesOnOneAndThreeThreads() {
        Ratenet ratenet = Ratenet.create();
        ExperimentSpec experiment = new ExperimentReader(ratenet.registries()).read(Path.of("coba.yaml"), Map.of("N", "1000"));
        ExperimentSpec shorter = new ExperimentSpec(experiment.network(), new org.ratenet.api.spec.SimulationSpec(300, 0.1, 100, 12345),
                experiment.parameters());
        String one = new SpikingLevel(ratenet.registries()).evaluate(shorter, RunContext.DEFAULT.withThreads(1)).spikeHash();
        assertEquals(one, new SpikingLevel(ratenet.registries()).evaluate(shorter, RunContext.DEFAULT.withThreads(3)).spikeHash());
    }
}
