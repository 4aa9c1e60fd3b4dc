package org.ratenet.spiking.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ratenet.api.dynamics.PopulationDynamics;
import org.ratenet.api.dynamics.PopulationState;
import org.ratenet.api.dynamics.SpikeSink;
import org.ratenet.api.dynamics.SynapticInput;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.SimulationSpec;
import org.ratenet.api.spec.SynapseSpec;
import org.ratenet.api.units.Unit;

/**
 * A model may draw its Poisson drive and clear its input inside its own update loop (the built-in LIF does): the spikes
 * are the same bits as when the engine adds the drive and clears the input in passes of its own, for delta, current and
 * conductance synapses, a drive on a synaptic channel, and 1 or 3 threads.
 */
class ModelDrawnDriveTest {

    private static final Ratenet RATENET = Ratenet.create();

    /** The built-in LIF behind a model that leaves the drive and the clearing to the engine. */
    private static final class EnginePassesLif extends WrappedLif {
        EnginePassesLif() {
            super(RATENET, "lif_engine_passes");
        }

        @Override
        PopulationDynamics wrap(PopulationDynamics fused) {
            assertTrue(fused.drawsDrive() && fused.clearsInput(), "the built-in LIF draws its drive and clears its input");
            return new PopulationDynamics() {
                @Override
                public void update(int from, int to, long step, SynapticInput input, SpikeSink spikes) {
                    assertEquals(0, input.drives(), "the engine has drawn the drive");
                    fused.update(from, to, step, input, spikes);
                }

                @Override
                public PopulationState state() {
                    return fused.state();
                }
            };
        }
    }

    private static NetworkSpec network(String model, SynapseSpec excitatory, SynapseSpec inhibitory, SynapseSpec drive) {
        ComponentSpec cell = ComponentSpec.of(model, ParameterSet.builder().put("tau_m", 20, Unit.MS).put("V_th", -50, Unit.MV)
                .put("V_reset", -60, Unit.MV).put("E_L", -60, Unit.MV).put("t_ref", 2, Unit.MS).put("C_m", 250, Unit.PF).build());
        ComponentSpec degree = ComponentSpec.of("fixed_indegree", ParameterSet.builder().put("indegree", 50).build());
        return NetworkSpec.builder("drawn-drive").population("E", 400, cell).population("I", 100, cell)
                .projection("E", "E", degree, excitatory).projection("E", "I", degree, excitatory)
                .projection("I", "E", degree, inhibitory).projection("I", "I", degree, inhibitory)
                .drive(new DriveSpec.Poisson("E", 50, 100, drive)).drive(new DriveSpec.Poisson("I", 50, 100, drive))
                .model(new EnginePassesLif()).build();
    }

    private static String hash(NetworkSpec spec, int threads) {
        SpikingNetwork net = SpikingNetwork.build(spec, new SimulationSpec(300, 0.1, 0, 5), RATENET.registries());
        try (SpikingEngine engine = new SpikingEngine(net, threads)) {
            engine.run(3000);
            assertTrue(engine.spikes().size() > 300, spec.populations().get(0).neuron().kind() + ": the network is active, "
                    + engine.spikes().size() + " spikes");
            return engine.spikes().hash();
        }
    }

    private static void assertSameSpikes(SynapseSpec excitatory, SynapseSpec inhibitory, SynapseSpec drive) {
        for (int threads : new int[] {1, 3}) {
            assertEquals(hash(network("lif_engine_passes", excitatory, inhibitory, drive), threads),
                    hash(network("lif", excitatory, inhibitory, drive), threads), threads + " threads");
        }
    }

    @Test
    void deltaSynapsesWithTheDriveFusedIntoTheUpdate() {
        assertSameSpikes(SynapseSpec.delta(0.3, 1.5), SynapseSpec.delta(-1.2, 1.0), SynapseSpec.delta(0.3, 0));
    }

    @Test
    void currentSynapsesWithTheDriveOnACurrentChannel() {
        assertSameSpikes(SynapseSpec.current(60, 5, 1.5), SynapseSpec.current(-240, 10, 1.0), SynapseSpec.current(60, 5, 0));
    }

    @Test
    void conductanceSynapsesWithTheDriveOnAConductanceChannel() {
        assertSameSpikes(SynapseSpec.conductance(1.5, 5, 0, 1.5), SynapseSpec.conductance(6, 10, -80, 1.0),
                SynapseSpec.conductance(1.5, 5, 0, 0));
    }
}
