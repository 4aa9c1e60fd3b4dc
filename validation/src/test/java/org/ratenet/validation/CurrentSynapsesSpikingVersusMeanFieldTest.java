package org.ratenet.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * Brunel's model A (V_reset = 10 mV) with exponential current synapses instead of delta synapses: w τ_s / C_m = 0.1 mV
 * per excitatory input (w = 50 pA, τ_s = 0.5 ms, C_m = 250 pF), inhibition −g w. The mean field treats them with the
 * Fourcaud–Brunel colored-noise shift, exact to first order in √(τ_s/τ_m) = 0.16; the remaining O(τ_s/τ_m) = 2.5 %
 * effects allow the spiking rate within 5 % of the prediction.
 */
class CurrentSynapsesSpikingVersusMeanFieldTest {

    @Test
    void spikingRateMatchesTheColoredNoiseMeanField() {
        Ratenet ratenet = Ratenet.create();
        ComponentSpec lif = ComponentSpec.of("lif", ParameterSet.builder().put("tau_m", 20, Unit.MS).put("V_th", 20, Unit.MV)
                .put("V_reset", 10, Unit.MV).put("E_L", 0, Unit.MV).put("t_ref", 2, Unit.MS).put("C_m", 250, Unit.PF).build());
        ComponentSpec ke = ComponentSpec.of("fixed_indegree", ParameterSet.builder().put("indegree", 1000).build());
        ComponentSpec ki = ComponentSpec.of("fixed_indegree", ParameterSet.builder().put("indegree", 250).build());
        double w = 50;
        NetworkSpec spec = NetworkSpec.builder("brunel-a-exp").population("E", 10_000, lif).population("I", 2_500, lif)
                .projection("E", "E", ke, SynapseSpec.current(w, 0.5, 1.5)).projection("E", "I", ke, SynapseSpec.current(w, 0.5, 1.5))
                .projection("I", "E", ki, SynapseSpec.current(-5 * w, 0.5, 1.5)).projection("I", "I", ki, SynapseSpec.current(-5 * w, 0.5, 1.5))
                .drive(new DriveSpec.Poisson("E", 20, 1000, SynapseSpec.current(w, 0.5, 0)))
                .drive(new DriveSpec.Poisson("I", 20, 1000, SynapseSpec.current(w, 0.5, 0)))
                .build();
        MeanFieldResult mf = (MeanFieldResult) ratenet.levels().get("meanfield").evaluate(spec);
        double predicted = mf.stable().orElseThrow().ratesHz()[0];
        SpikingEngine engine = new SpikingEngine(SpikingNetwork.build(spec, new SimulationSpec(1000, 0.1, 200, 4242), ratenet.registries()));
        engine.run(10_000);
        SpikeStatistics e = SpikeStatistics.of(engine.spikes(), 0, 10_000, 2_000, 10_000, 0.1);
        assertEquals(predicted, e.rateHz(), 0.05 * predicted, "spiking " + e.rateHz() + " Hz, mean field " + predicted + " Hz");
    }
}
