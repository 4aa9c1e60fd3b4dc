package org.ratenet.spiking.engine;

import static org.junit.jupiter.api.Assertions.assertThrows;
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
 * A model may report spikes only of the neurons it was asked to update: delivery reads each population's spikes as one
 * run of the block's list, and a spike of another block's neuron would change results with the thread count. A model
 * that reports one beyond its range stops the run with an exception that names the population and the neuron.
 */
class ModelSpikeRangeTest {

    private static final Ratenet RATENET = Ratenet.create();

    /** The built-in LIF that also reports a spike of the neuron just past the range it updates. */
    private static final class OverreachingLif extends WrappedLif {
        OverreachingLif() {
            super(RATENET, "lif_overreaching");
        }

        @Override
        PopulationDynamics wrap(PopulationDynamics inner) {
            return new PopulationDynamics() {
                @Override
                public void update(int from, int to, long step, SynapticInput input, SpikeSink spikes) {
                    inner.update(from, to, step, input, spikes);
                    if (step == 10) {
                        spikes.spike(to);
                    }
                }

                @Override
                public PopulationState state() {
                    return inner.state();
                }
            };
        }
    }

    @Test
    void aSpikeOutsideTheUpdatedRangeStopsTheRunNamingPopulationAndNeuron() {
        ComponentSpec cell = ComponentSpec.of("lif_overreaching", ParameterSet.builder().put("tau_m", 20, Unit.MS).put("V_th", 20, Unit.MV)
                .put("V_reset", 10, Unit.MV).put("t_ref", 2, Unit.MS).build());
        ComponentSpec degree = ComponentSpec.of("fixed_indegree", ParameterSet.builder().put("indegree", 10).build());
        NetworkSpec spec = NetworkSpec.builder("overreach").population("E", 100, cell).projection("E", "E", degree, SynapseSpec.delta(0.1, 1.0))
                .drive(new DriveSpec.Poisson("E", 10, 100, SynapseSpec.delta(0.2, 0))).model(new OverreachingLif()).build();
        for (int threads : new int[] {1, 2}) {
            SpikingNetwork net = SpikingNetwork.build(spec, new SimulationSpec(10, 0.1, 0, 3), RATENET.registries());
            try (SpikingEngine engine = new SpikingEngine(net, threads)) {
                IllegalStateException e = assertThrows(IllegalStateException.class, () -> engine.run(50));
                int end = threads == 1 ? 100 : 50; // with 2 threads both blocks overreach: the lowest block's error is reported
                assertTrue(e.getMessage().contains("population E") && e.getMessage().contains("neuron " + end)
                        && e.getMessage().contains("[0, " + end + ")"), e.getMessage());
            }
        }
    }
}
