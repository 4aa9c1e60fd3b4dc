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
import org.ratenet.api.units.Unit;

/**
 * Conductance synapses are integrated with conductances frozen at their step midpoint: second order. After neuron
 * A's spike, B's conductance jumps to w = 6 nS (τ = 5 ms, E = 0 mV) and B obeys dV/dt = (−g_L(V − E_L) − g(t)(V − E_s))/C;
 * the exact solution V(T) = e^{−Φ(T)} [V_a + ∫₀ᵀ e^{Φ(s)} (g_L E_L + g(s) E_s)/C ds], Φ(t) = (g_L t + w τ (1 − e^{−t/τ}))/C,
 * is evaluated with Simpson's rule on 20,000 intervals. The error 10 ms after the arrival falls by 4 ± 0.6 per halving
 * of dt, and is below 1e-3 mV at dt = 0.1 ms.
 */
class ConductanceSynapseTest {

    private static final Ratenet RATENET = Ratenet.create();
    private static final double G_L = 10;
    private static final double C = 200;
    private static final double E_L = -60;
    private static final double W = 6;
    private static final double TAU = 5;
    private static final double E_S = 0;

    private static ComponentSpec cell(double tRef) {
        return ComponentSpec.of("lif", ParameterSet.builder().put("tau_m", C / G_L, Unit.MS).put("C_m", C, Unit.PF)
                .put("E_L", E_L, Unit.MV).put("V_th", -50, Unit.MV).put("V_reset", -60, Unit.MV).put("t_ref", tRef, Unit.MS).build());
    }

    /** The error of B's voltage 10 ms after the conductance arrives, for time step h. */
    private static double error(double h) {
        NetworkSpec spec = NetworkSpec.builder("cond")
                .population("A", 1, cell(500)).population("B", 1, cell(2))
                .projection("A", "B", ComponentSpec.of("one_to_one"), SynapseSpec.conductance(W, TAU, E_S, 1.0))
                .drive(new DriveSpec.Current("A", 1000))
                .build();
        SpikingNetwork net = SpikingNetwork.build(spec, new SimulationSpec(100, h, 0, 11), RATENET.registries());
        SpikingEngine engine = new SpikingEngine(net);
        int steps = 0;
        while (engine.spikes().size() == 0) {
            engine.run(1);
            steps++;
        }
        int arrival = engine.spikes().step(0) + (int) Math.round(1.0 / h);
        engine.run(arrival + 1 - steps); // after step `arrival` the conductance holds w
        double va = net.populations.get(1).dynamics.state().variable("V_m").values()[0];
        int after = (int) Math.round(10 / h);
        engine.run(after);
        return Math.abs(net.populations.get(1).dynamics.state().variable("V_m").values()[0] - exact(va, 10));
    }

    private static double exact(double va, double t) {
        int m = 20_000;
        double dx = t / m;
        double integral = 0;
        for (int k = 0; k <= m; k++) {
            double s = k * dx;
            double weight = (k == 0 || k == m) ? 1 : (k % 2 == 1 ? 4 : 2);
            double g = W * Math.exp(-s / TAU);
            integral += weight * Math.exp(phi(s)) * (G_L * E_L + g * E_S) / C;
        }
        integral *= dx / 3;
        return Math.exp(-phi(t)) * (va + integral);
    }

    private static double phi(double t) {
        return (G_L * t + W * TAU * (1 - Math.exp(-t / TAU))) / C;
    }

    @Test
    void conductanceIntegrationIsSecondOrder() {
        double e1 = error(0.2);
        double e2 = error(0.1);
        double e3 = error(0.05);
        assertTrue(e2 < 1e-3, "error at dt = 0.1 ms: " + e2 + " mV");
        assertEquals(4, e1 / e2, 0.6, "errors " + e1 + ", " + e2 + ", " + e3);
        assertEquals(4, e2 / e3, 0.6, "errors " + e1 + ", " + e2 + ", " + e3);
    }
}
