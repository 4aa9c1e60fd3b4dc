package org.ratenet.examples.qif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratenet.api.run.RunContext;
import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.model.Level;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.ExperimentSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.SimulationSpec;
import org.ratenet.api.spec.SynapseSpec;
import org.ratenet.api.units.Unit;
import org.ratenet.spiking.engine.SpikeTrains;
import org.ratenet.spiking.engine.SpikingEngine;
import org.ratenet.spiking.engine.SpikingLevel;
import org.ratenet.spiking.engine.SpikingNetwork;
import org.ratenet.spiking.engine.SpikingResult;

/** A user's neuron model, registered by its own module, runs on the unchanged engine. */
class QuadraticIntegrateAndFireTest {

    private static final Ratenet RATENET = Ratenet.builder().with(new QifModule()).build();

    private static ComponentSpec qif(double tRef) {
        return ComponentSpec.of("qif", ParameterSet.builder().put("tau_m", 10, Unit.MS).put("E_L", -65, Unit.MV).put("V_c", -50, Unit.MV)
                .put("V_peak", 0, Unit.MV).put("V_reset", -70, Unit.MV).put("t_ref", tRef, Unit.MS).build());
    }

    /** t_ref + ∫ dV / (dV/dt) from V_reset to V_peak (Simpson's rule, 200,000 intervals). */
    private static double period(QifParameters p, double currentPa) {
        int n = 200_000;
        double h = (p.peakMv() - p.resetMv()) / n;
        double sum = 0;
        for (int k = 0; k <= n; k++) {
            double w = k == 0 || k == n ? 1 : k % 2 == 1 ? 4 : 2;
            sum += w / p.derivative(p.resetMv() + k * h, currentPa);
        }
        return p.refractoryMs() + sum * h / 3;
    }

    @Test
    void aConstantCurrentGivesTheAnalyticInterspikeInterval() {
        QifParameters p = new QifParameters(10, 250, -65, -50, 0, -70, 2);
        double dt = 0.01;
        for (double current : new double[] {120, 150, 300}) {
            NetworkSpec spec = NetworkSpec.builder("one").population("N", 1, qif(2)).drive(new DriveSpec.Current("N", current)).build();
            SpikingNetwork net = SpikingNetwork.build(spec, new SimulationSpec(500, dt, 0, 1), RATENET.registries());
            try (SpikingEngine engine = new SpikingEngine(net)) {
                engine.run(200_000);
                SpikeTrains spikes = engine.spikes();
                assertTrue(spikes.size() >= 5, "I = " + current + " pA: " + spikes.size() + " spikes");
                double expected = period(p, current);
                for (int k = 2; k < spikes.size(); k++) {
                    double isi = (spikes.step(k) - spikes.step(k - 1)) * dt;
                    assertEquals(expected, isi, 2 * dt, "I = " + current + " pA, interval " + k);
                }
            }
        }
    }

    private static ExperimentSpec network() {
        ComponentSpec k = ComponentSpec.of("fixed_indegree", ParameterSet.builder().put("indegree", 50).build());
        NetworkSpec spec = NetworkSpec.builder("qif-ei").population("E", 400, qif(2)).population("I", 100, qif(1))
                .projection("E", "E", k, SynapseSpec.delta(0.4, 1.5)).projection("E", "I", k, SynapseSpec.delta(0.4, 1.0))
                .projection("I", "E", k, SynapseSpec.delta(-1.6, 1.5)).projection("I", "I", k, SynapseSpec.current(-80, 3, 0.5))
                .drive(new DriveSpec.Poisson("E", 800, 10, SynapseSpec.delta(0.5, 0)))
                .drive(new DriveSpec.Poisson("I", 800, 10, SynapseSpec.delta(0.5, 0)))
                .build();
        return new ExperimentSpec(spec, new SimulationSpec(400, 0.1, 100, 7), Map.of());
    }

    @Test
    void theEngineRunsTheUserModelWithTheSameBitsForAnyThreadCount() {
        ExperimentSpec experiment = network();
        SpikingResult one = new SpikingLevel(RATENET.registries()).evaluate(experiment, RunContext.DEFAULT.withThreads(1));
        assertTrue(one.performance().spikes() > 1000, one.performance().spikes() + " spikes");
        for (int threads : new int[] {2, 4}) {
            assertEquals(one.spikeHash(), new SpikingLevel(RATENET.registries()).evaluate(experiment, RunContext.DEFAULT.withThreads(threads)).spikeHash(), threads + " threads");
        }
        // the level registered by the modules is the same engine
        assertEquals(one.spikeHash(), ((SpikingResult) RATENET.levels().get(Level.SPIKING).evaluate(experiment)).spikeHash());
    }

    @Test
    void aResumedRunOfTheUserModelIsBitIdentical(@TempDir Path dir) throws IOException {
        ExperimentSpec experiment = network();
        SpikingNetwork whole = SpikingNetwork.build(experiment.network(), experiment.simulation(), RATENET.registries());
        String expected;
        try (SpikingEngine engine = new SpikingEngine(whole, 2)) {
            engine.run(3000);
            expected = engine.spikes().hash();
        }
        Path file = dir.resolve("qif.checkpoint");
        try (SpikingEngine engine = new SpikingEngine(SpikingNetwork.build(experiment.network(), experiment.simulation(), RATENET.registries()))) {
            engine.run(1234);
            engine.checkpoint(file);
        }
        try (SpikingEngine engine = new SpikingEngine(SpikingNetwork.build(experiment.network(), experiment.simulation(), RATENET.registries()), 3)) {
            engine.restore(file);
            engine.run(3000 - 1234);
            assertEquals(expected, engine.spikes().hash());
        }
    }

    @Test
    void badParametersAreNamed() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> new QifParameters(10, 250, -65, -70, 0, -70, 2));
        assertTrue(e.getMessage().contains("V_c"), e.getMessage());
        e = assertThrows(InvalidParameterException.class, () -> new QifParameters(10, 250, -65, -50, -60, -70, 2));
        assertTrue(e.getMessage().contains("V_peak"), e.getMessage());
        e = assertThrows(InvalidParameterException.class, () -> new QifParameters(10, 250, -65, -50, 0, -40, 2));
        assertTrue(e.getMessage().contains("V_reset"), e.getMessage());
    }
}
