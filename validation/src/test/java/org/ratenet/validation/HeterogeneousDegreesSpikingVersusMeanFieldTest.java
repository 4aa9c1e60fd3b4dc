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
 * Brunel's model A (V_reset = 10 mV) with log-normal in-degrees (mean C, sd 0.1 C) on every projection: the mean field
 * becomes the heterogeneous one (1000 neurons sampled from the same rule per population) and must predict the spiking
 * network's mean E rate within 5 % (measured: 38.86 Hz spiking, 37.48 Hz mean field, 3.6 %).
 *
 * <p>Known limit: at sd 0.3 C the spiking network fires at 67.5 Hz and the heterogeneous mean field predicts 60.2 Hz
 * (12 % low). Adding the quenched spread of presynaptic rates to each neuron's mean input moved the prediction
 * further away (58.2 Hz), so that term is not in the model; strongly driven neurons firing near 1/t_ref (far from
 * Poisson) are the next suspect.
 */
class HeterogeneousDegreesSpikingVersusMeanFieldTest {

    @Test
    void spikingRateMatchesTheHeterogeneousMeanField() {
        Ratenet ratenet = Ratenet.create();
        ComponentSpec lif = ComponentSpec.of("lif", ParameterSet.builder().put("tau_m", 20, Unit.MS).put("V_th", 20, Unit.MV)
                .put("V_reset", 10, Unit.MV).put("E_L", 0, Unit.MV).put("t_ref", 2, Unit.MS).build());
        ComponentSpec ke = ComponentSpec.of("indegree_distribution", ParameterSet.builder().put("distribution", "lognormal")
                .put("mean", 1000).put("sd", 100).build());
        ComponentSpec ki = ComponentSpec.of("indegree_distribution", ParameterSet.builder().put("distribution", "lognormal")
                .put("mean", 250).put("sd", 25).build());
        NetworkSpec spec = NetworkSpec.builder("brunel-a-lognormal").population("E", 10_000, lif).population("I", 2_500, lif)
                .projection("E", "E", ke, SynapseSpec.delta(0.1, 1.5)).projection("E", "I", ke, SynapseSpec.delta(0.1, 1.5))
                .projection("I", "E", ki, SynapseSpec.delta(-0.5, 1.5)).projection("I", "I", ki, SynapseSpec.delta(-0.5, 1.5))
                .drive(new DriveSpec.Poisson("E", 20, 1000, SynapseSpec.delta(0.1, 0)))
                .drive(new DriveSpec.Poisson("I", 20, 1000, SynapseSpec.delta(0.1, 0)))
                .build();
        MeanFieldResult mf = (MeanFieldResult) ratenet.levels().get("meanfield").evaluate(spec);
        double predicted = mf.stable().orElseThrow().ratesHz()[0];
        SpikingEngine engine = new SpikingEngine(SpikingNetwork.build(spec, new SimulationSpec(1000, 0.1, 200, 99), ratenet.registries()));
        engine.run(10_000);
        SpikeStatistics e = SpikeStatistics.of(engine.spikes(), 0, 10_000, 2_000, 10_000, 0.1);
        assertEquals(predicted, e.rateHz(), 0.05 * predicted, "spiking " + e.rateHz() + " Hz, heterogeneous mean field " + predicted + " Hz");
    }
}
