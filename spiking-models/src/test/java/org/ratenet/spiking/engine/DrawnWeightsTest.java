package org.ratenet.spiking.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ratenet.api.error.UnsupportedSpecException;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.SimulationSpec;
import org.ratenet.api.spec.SynapseSpec;

class DrawnWeightsTest {

    private static final Ratenet RATENET = Ratenet.create();

    private static NetworkSpec network(String distribution, double sd) {
        ComponentSpec k = ComponentSpec.of("fixed_indegree", ParameterSet.builder().put("indegree", 100).build());
        return NetworkSpec.builder("w").population("E", 1000, SpikingEngineTest.lif(10, 2))
                .projection("E", "E", k, SynapseSpec.delta(0.2, 1.5).withWeights(distribution, sd))
                .drive(new DriveSpec.Poisson("E", 60, 100, SynapseSpec.delta(0.2, 0)))
                .build();
    }

    /**
     * 100,000 drawn weights have the requested mean 0.2 mV and sd 0.05 mV: the sample mean within 4.4 standard errors
     * (0.05/√1e5; false failure 1e-5) and the sample sd within 2 % (its relative sd is about 1/√(2e5) = 0.2 %, larger for
     * the heavier log-normal tail); float storage rounds to ~1e-8 mV.
     */
    @Test
    void drawnWeightsHaveTheRequestedMeanAndSpread() {
        for (String distribution : new String[] {"normal", "lognormal", "uniform"}) {
            SpikingNetwork net = SpikingNetwork.build(network(distribution, 0.05), new SimulationSpec(10, 0.1, 0, 3), RATENET.registries());
            float[] w = net.projections.get(0).weights();
            assertEquals(100_000, w.length);
            double mean = 0;
            for (float x : w) {
                mean += x;
            }
            mean /= w.length;
            double var = 0;
            for (float x : w) {
                var += (x - mean) * (x - mean);
            }
            double sd = Math.sqrt(var / (w.length - 1));
            assertEquals(0.2, mean, 4.4 * 0.05 / Math.sqrt(w.length) + 1e-7, distribution);
            assertEquals(0.05, sd, 0.02 * 0.05, distribution);
            assertTrue(net.bytesPerSynapse() > 6 && net.bytesPerSynapse() < 6.1, "6 bytes per synapse with drawn weights (a 16-bit target and a float)");
        }
    }

    @Test
    void drawnWeightsKeepTheSpikesTheSameForAnyThreadCount() {
        NetworkSpec spec = network("normal", 0.1);
        String reference = null;
        for (int threads : new int[] {1, 2, 3}) {
            try (SpikingEngine engine = new SpikingEngine(SpikingNetwork.build(spec, new SimulationSpec(300, 0.1, 0, 5), RATENET.registries()),
                    threads)) {
                engine.run(3000);
                assertTrue(engine.spikes().size() > 100);
                reference = reference == null ? engine.spikes().hash() : reference;
                assertEquals(reference, engine.spikes().hash(), threads + " threads");
            }
        }
    }

    @Test
    void drawnDriveWeightsAreRefusedByName() {
        NetworkSpec spec = NetworkSpec.builder("w").population("E", 10, SpikingEngineTest.lif(10, 2))
                .drive(new DriveSpec.Poisson("E", 60, 100, SynapseSpec.delta(0.2, 0).withWeights("normal", 0.1))).build();
        UnsupportedSpecException e = assertThrows(UnsupportedSpecException.class,
                () -> SpikingNetwork.build(spec, new SimulationSpec(10, 0.1, 0, 1), RATENET.registries()));
        assertTrue(e.getMessage().contains("drawn weights or delays of the drive of E"), e.getMessage());
    }
}
