package org.ratenet.spiking.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.SimulationSpec;
import org.ratenet.api.spec.SynapseSpec;

/** The spike hash is the same for 1, 2, 3 and 4 threads, on fixed in-degree and on unsorted (fixed out-degree) rows. */
class ThreadDeterminismTest {

    private static final Ratenet RATENET = Ratenet.create();

    static NetworkSpec network(String rule, String degreeName, int degree) {
        ComponentSpec lif = SpikingEngineTest.lif(10, 2);
        ComponentSpec ce = ComponentSpec.of(rule, ParameterSet.builder().put(degreeName, degree).build());
        ComponentSpec ci = ComponentSpec.of(rule, ParameterSet.builder().put(degreeName, degree / 4).build());
        return NetworkSpec.builder("small-a").population("E", 1000, lif).population("I", 250, lif)
                .projection("E", "E", ce, SynapseSpec.delta(0.2, 1.5)).projection("E", "I", ce, SynapseSpec.delta(0.2, 1.0))
                .projection("I", "E", ci, SynapseSpec.delta(-1.0, 0.8)).projection("I", "I", ci, SynapseSpec.delta(-1.0, 2.0))
                .drive(new DriveSpec.Poisson("E", 60, 100, SynapseSpec.delta(0.2, 0)))
                .drive(new DriveSpec.Poisson("I", 60, 100, SynapseSpec.delta(0.2, 0)))
                .build();
    }

    @Test
    void theSpikesAreTheSameBitsForAnyThreadCount() {
        for (NetworkSpec spec : new NetworkSpec[] {network("fixed_indegree", "indegree", 100), network("fixed_outdegree", "outdegree", 100)}) {
            String reference = null;
            for (int threads : new int[] {1, 2, 3, 4}) {
                SpikingNetwork net = SpikingNetwork.build(spec, new SimulationSpec(500, 0.1, 0, 99), RATENET.registries());
                try (SpikingEngine engine = new SpikingEngine(net, threads)) {
                    engine.run(5000);
                    assertTrue(engine.spikes().size() > 1000, "the network is active: " + engine.spikes().size());
                    String hash = engine.spikes().hash();
                    if (reference == null) {
                        reference = hash;
                    }
                    assertEquals(reference, hash, threads + " threads");
                }
            }
        }
    }
}
