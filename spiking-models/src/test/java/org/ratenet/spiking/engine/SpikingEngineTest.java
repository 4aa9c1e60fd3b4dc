package org.ratenet.spiking.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ratenet.api.error.InvalidInputException;
import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.SimulationSpec;
import org.ratenet.api.spec.SynapseSpec;
import org.ratenet.api.units.Unit;

class SpikingEngineTest {

    private static final Ratenet RATENET = Ratenet.create();

    static ComponentSpec lif(double vReset, double tRef) {
        return ComponentSpec.of("lif", ParameterSet.builder().put("tau_m", 20, Unit.MS).put("V_th", 20, Unit.MV)
                .put("V_reset", vReset, Unit.MV).put("E_L", 0, Unit.MV).put("t_ref", tRef, Unit.MS).put("C_m", 250, Unit.PF).build());
    }

    /**
     * Constant current I = 300 pA into a LIF neuron (R = τ/C = 0.08 GΩ, RI = 24 mV > θ = 20 mV): after the first
     * spike every interspike interval equals t_ref + τ ln((RI − V_r)/(RI − θ)) to within one dt, since a spike is
     * registered at the first step past the crossing.
     */
    @Test
    void constantInputGivesTheAnalyticInterspikeInterval() {
        NetworkSpec spec = NetworkSpec.builder("one").population("N", 1, lif(10, 2)).drive(new DriveSpec.Current("N", 300)).build();
        SpikingEngine engine = new SpikingEngine(SpikingNetwork.build(spec, new SimulationSpec(1000, 0.1, 0, 1), RATENET.registries()));
        engine.run(10_000);
        SpikeTrains spikes = engine.spikes();
        assertTrue(spikes.size() > 10);
        double analytic = 2 + 20 * Math.log((24.0 - 10) / (24.0 - 20));
        for (int k = 2; k < spikes.size(); k++) {
            double isi = (spikes.step(k) - spikes.step(k - 1)) * 0.1;
            assertEquals(analytic, isi, 0.1 + 1e-9, "interval " + k);
        }
    }

    /** Below rheobase the voltage follows V(t) = RI + (V0 − RI) e^{−t/τ} exactly (E_L = 0), to 1e-12 mV. */
    @Test
    void subthresholdVoltageIsTheExactSolution() {
        NetworkSpec spec = NetworkSpec.builder("one").population("N", 1, lif(10, 2)).drive(new DriveSpec.Current("N", 200)).build();
        SpikingNetwork net = SpikingNetwork.build(spec, new SimulationSpec(1000, 0.1, 0, 7), RATENET.registries());
        double v0 = net.populations.get(0).dynamics.state().variable("V_m").values()[0];
        SpikingEngine engine = new SpikingEngine(net);
        double ri = 20.0 / 250 * 200; // 16 mV < θ
        for (int k = 1; k <= 500; k++) {
            engine.run(1);
            double exact = ri + (v0 - ri) * Math.exp(-k * 0.1 / 20);
            assertEquals(exact, net.populations.get(0).dynamics.state().variable("V_m").values()[0], 1e-12, "step " + k);
        }
        assertEquals(0, engine.spikes().size());
    }

    @Test
    void delaysThatAreNotWholeStepsOrShorterThanDtAreRejectedBeforeRunning() {
        for (double delay : new double[] {0.05, 0.15}) {
            NetworkSpec spec = NetworkSpec.builder("d").population("E", 10, lif(10, 2))
                    .projection("E", "E", ComponentSpec.of("all_to_all"), SynapseSpec.delta(0.1, delay)).build();
            InvalidParameterException e = assertThrows(InvalidParameterException.class,
                    () -> SpikingNetwork.build(spec, new SimulationSpec(100, 0.1, 0, 1), RATENET.registries()));
            assertTrue(e.getMessage().contains("delay of E->E"), e.getMessage());
        }
    }

    /**
     * More threads than neurons, or so many that the rows' split between them would not fit the heap, is bad input named
     * before anything is allocated for them (100,000 threads on Brunel's model A ran out of heap in the engine's
     * constructor).
     */
    @Test
    void threadCountsTheNetworkCannotUseAreRefusedByName() {
        NetworkSpec small = NetworkSpec.builder("small").population("E", 10, lif(10, 2))
                .projection("E", "E", ComponentSpec.of("all_to_all"), SynapseSpec.delta(0.1, 1)).build();
        SpikingNetwork net = SpikingNetwork.build(small, new SimulationSpec(10, 0.1, 0, 1), RATENET.registries());
        InvalidParameterException tooMany = assertThrows(InvalidParameterException.class, () -> new SpikingEngine(net, 11));
        assertEquals("threads = 11 is not allowed: must be <= 10, the network's neurons (each thread updates a block of them)", tooMany.getMessage());
        try (SpikingEngine engine = new SpikingEngine(net, 10)) { // one neuron each: allowed
            engine.run(10);
        }
        NetworkSpec large = NetworkSpec.builder("large").population("E", 2_000_000, lif(10, 2))
                .projection("E", "E", ComponentSpec.of("fixed_indegree", ParameterSet.builder().put("indegree", 1).build()), SynapseSpec.delta(0.1, 1))
                .build();
        SpikingNetwork wide = SpikingNetwork.build(large, new SimulationSpec(10, 0.1, 0, 1), RATENET.registries());
        InvalidInputException heap = assertThrows(InvalidInputException.class, () -> new SpikingEngine(wide, 1_000_000));
        assertTrue(heap.getMessage().startsWith("threads = 1000000 is too many for this network: splitting its rows between them would need up to "
                + "7450.59 GiB"), heap.getMessage());
    }
}
