package org.ratenet.spiking.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.SimulationSpec;
import org.ratenet.api.spec.SynapseSpec;

class ExponentialSynapseTest {

    private static final Ratenet RATENET = Ratenet.create();

    /**
     * Neuron A, driven by a constant current, spikes once early; its exponential synapse (w = 100 pA, τ_s = 2 ms,
     * delay 1 ms) onto the undriven neuron B adds the exact PSP w τ_s τ_m/(C (τ_m − τ_s)) (e^{−t/τ_m} − e^{−t/τ_s})
     * on top of B's relaxation E_L + (V0 − E_L) e^{−t/τ_m}, at every grid point after the current arrives (1e-12 mV).
     */
    @Test
    void aCurrentJumpGivesTheExactPostsynapticPotential() {
        NetworkSpec spec = NetworkSpec.builder("psp")
                .population("A", 1, SpikingEngineTest.lif(10, 100))
                .population("B", 1, SpikingEngineTest.lif(10, 2))
                .projection("A", "B", ComponentSpec.of("one_to_one"), SynapseSpec.current(100, 2, 1.0))
                .drive(new DriveSpec.Current("A", 2000))
                .build();
        SpikingNetwork net = SpikingNetwork.build(spec, new SimulationSpec(200, 0.1, 0, 3), RATENET.registries());
        double v0 = net.populations.get(1).dynamics.state().variable("V_m").values()[0];
        SpikingEngine engine = new SpikingEngine(net);
        int steps = 0;
        while (engine.spikes().size() == 0) {
            engine.run(1);
            steps++;
        }
        int spikeStep = engine.spikes().step(0);
        int arrival = spikeStep + 10; // 1 ms delay
        engine.run(arrival + 1 - steps);
        steps = arrival + 1;
        double h = 0.1;
        double tauM = 20;
        double tauS = 2;
        double c = 250;
        for (int j = 1; j <= 400; j++) {
            engine.run(1);
            steps++;
            double t = steps * h;
            double baseline = v0 * Math.exp(-t / tauM);
            double psp = 100 * tauS * tauM / (c * (tauM - tauS)) * (Math.exp(-j * h / tauM) - Math.exp(-j * h / tauS));
            assertEquals(baseline + psp, net.populations.get(1).dynamics.state().variable("V_m").values()[0], 1e-12, "step " + j + " after arrival");
        }
        assertEquals(1, engine.spikes().size(), "B stays below threshold, A is refractory");
        assertTrue(net.channelTau.length == 2 && net.channelTau[1] == 2);
    }
}
