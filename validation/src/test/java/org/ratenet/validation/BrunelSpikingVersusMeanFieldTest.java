package org.ratenet.validation;

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
import org.ratenet.api.units.Unit;
import org.ratenet.rate.meanfield.MeanFieldResult;
import org.ratenet.spiking.engine.SpikeStatistics;
import org.ratenet.spiking.engine.SpikingEngine;
import org.ratenet.spiking.engine.SpikingNetwork;

/**
 * One network, two levels: Brunel (2000) model A at order 2500 (12,500 LIF neurons, 15.6 M synapses), simulated
 * for 1 s at dt = 0.1 ms, against the Siegert mean field of the same spec. The excitatory rate after a 200 ms
 * warm-up must be within 3 % of the mean-field fixed point (issue 7; the finite-size and finite-J deviations of
 * the diffusion approximation are below that here), and the firing irregular (mean CV of ISIs in (0.1, 1)).
 */
class BrunelSpikingVersusMeanFieldTest {

    static NetworkSpec brunelA(double vReset) {
        ComponentSpec lif = ComponentSpec.of("lif", ParameterSet.builder().put("tau_m", 20, Unit.MS).put("V_th", 20, Unit.MV)
                .put("V_reset", vReset, Unit.MV).put("E_L", 0, Unit.MV).put("t_ref", 2, Unit.MS).build());
        ComponentSpec ke = ComponentSpec.of("fixed_indegree", ParameterSet.builder().put("indegree", 1000).build());
        ComponentSpec ki = ComponentSpec.of("fixed_indegree", ParameterSet.builder().put("indegree", 250).build());
        return NetworkSpec.builder("brunel-a").population("E", 10_000, lif).population("I", 2_500, lif)
                .projection("E", "E", ke, SynapseSpec.delta(0.1, 1.5)).projection("E", "I", ke, SynapseSpec.delta(0.1, 1.5))
                .projection("I", "E", ki, SynapseSpec.delta(-0.5, 1.5)).projection("I", "I", ki, SynapseSpec.delta(-0.5, 1.5))
                .drive(new DriveSpec.Poisson("E", 20, 1000, SynapseSpec.delta(0.1, 0)))
                .drive(new DriveSpec.Poisson("I", 20, 1000, SynapseSpec.delta(0.1, 0)))
                .build();
    }

    @Test
    void spikingRateMatchesTheMeanFieldWithinThreePercent() {
        Ratenet ratenet = Ratenet.create();
        for (double vReset : new double[] {0, 10}) { // the NEST seed's V_reset = 0 and Brunel's original 10 mV
            NetworkSpec spec = brunelA(vReset);
            MeanFieldResult mf = (MeanFieldResult) ratenet.levels().get("meanfield").evaluate(spec);
            double predicted = mf.stable().orElseThrow().ratesHz()[0];
            SpikingEngine engine = new SpikingEngine(SpikingNetwork.build(spec, new SimulationSpec(1000, 0.1, 200, 12345),
                    ratenet.registries()));
            engine.run(10_000);
            SpikeStatistics e = SpikeStatistics.of(engine.spikes(), 0, 10_000, 2_000, 10_000, 0.1);
            assertEquals(predicted, e.rateHz(), 0.03 * predicted, "V_reset = " + vReset + ": spiking " + e.rateHz()
                    + " Hz, mean field " + predicted + " Hz");
            assertTrue(e.cvIsi() > 0.1 && e.cvIsi() < 1, "CV of ISIs " + e.cvIsi());
        }
    }
}
