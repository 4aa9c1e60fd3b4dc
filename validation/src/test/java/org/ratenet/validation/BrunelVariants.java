package org.ratenet.validation;

import java.util.function.DoubleFunction;

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
 * Brunel's model A at order 2500 (10,000 E and 2,500 I LIF neurons, τ_m 20 ms, θ 20 mV, t_ref 2 ms, g = 5, η = 2, delay
 * 1.5 ms) with a chosen reset, connectivity and synapse, and the two levels the validation tests compare on it.
 */
final class BrunelVariants {

    static final Ratenet RATENET = Ratenet.create();

    private BrunelVariants() {
    }

    static ComponentSpec fixedInDegree(int k) {
        return ComponentSpec.of("fixed_indegree", ParameterSet.builder().put("indegree", k).build());
    }

    /**
     * The network; {@code synapse} maps an excitatory PSP of J (mV; J = 0.1 mV, inhibition −g J) and a delay (ms) to the
     * synapse, e.g. {@code (j, d) -> SynapseSpec.delta(j, d)}.
     */
    static NetworkSpec network(double vReset, ComponentSpec fromE, ComponentSpec fromI, Synapse synapse) {
        ComponentSpec lif = ComponentSpec.of("lif", ParameterSet.builder().put("tau_m", 20, Unit.MS).put("V_th", 20, Unit.MV)
                .put("V_reset", vReset, Unit.MV).put("E_L", 0, Unit.MV).put("t_ref", 2, Unit.MS).put("C_m", 250, Unit.PF).build());
        DoubleFunction<SynapseSpec> drive = j -> synapse.of(j, 0);
        return NetworkSpec.builder("brunel-a").population("E", 10_000, lif).population("I", 2_500, lif)
                .projection("E", "E", fromE, synapse.of(0.1, 1.5)).projection("E", "I", fromE, synapse.of(0.1, 1.5))
                .projection("I", "E", fromI, synapse.of(-0.5, 1.5)).projection("I", "I", fromI, synapse.of(-0.5, 1.5))
                .drive(new DriveSpec.Poisson("E", 20, 1000, drive.apply(0.1)))
                .drive(new DriveSpec.Poisson("I", 20, 1000, drive.apply(0.1)))
                .build();
    }

    /** A synapse for a PSP of {@code psp} mV and a delay. */
    @FunctionalInterface
    interface Synapse {
        SynapseSpec of(double psp, double delayMs);
    }

    /** The stable E rate of the mean-field level (Hz). */
    static double meanFieldRate(NetworkSpec spec) {
        MeanFieldResult mf = (MeanFieldResult) RATENET.levels().get("meanfield").evaluate(spec);
        return mf.stable().orElseThrow().ratesHz()[0];
    }

    /** E-population statistics of a 1 s spiking run after a 200 ms warm-up. */
    static SpikeStatistics spikingE(NetworkSpec spec, long seed) {
        try (SpikingEngine engine = new SpikingEngine(SpikingNetwork.build(spec, new SimulationSpec(1000, 0.1, 200, seed),
                RATENET.registries()))) {
            engine.run(10_000);
            return SpikeStatistics.of(engine.spikes(), 0, 10_000, 2_000, 10_000, 0.1);
        }
    }
}
