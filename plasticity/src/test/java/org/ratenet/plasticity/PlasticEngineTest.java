package org.ratenet.plasticity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.ProjectionSpec;
import org.ratenet.api.spec.SimulationSpec;
import org.ratenet.api.spec.SynapseSpec;
import org.ratenet.api.units.Unit;
import org.ratenet.spiking.engine.SpikeTrains;
import org.ratenet.spiking.engine.SpikingEngine;
import org.ratenet.spiking.engine.SpikingNetwork;
import org.ratenet.spiking.engine.SynapseTable;

/** Plastic projections inside the spiking engine. */
class PlasticEngineTest {

    private static final Ratenet RATENET = Ratenet.create();

    static ComponentSpec lif() {
        return ComponentSpec.of("lif", ParameterSet.builder().put("tau_m", 20, Unit.MS).put("V_th", 20, Unit.MV)
                .put("V_reset", 10, Unit.MV).put("t_ref", 2, Unit.MS).build());
    }

    private static ComponentSpec indegree(int k) {
        return ComponentSpec.of("fixed_indegree", ParameterSet.builder().put("indegree", k).build());
    }

    private static ComponentSpec stdp(double aPlus, double aMinus, double wMin, double wMax) {
        return ComponentSpec.of("stdp", ParameterSet.builder().put("A_plus", aPlus).put("A_minus", aMinus).put("w_min", wMin)
                .put("w_max", wMax).build());
    }

    /** A small E-I network with STDP on E->E. */
    private static NetworkSpec recurrent() {
        return recurrent(SynapseSpec.delta(0.2, 1.5));
    }

    /** The same with the E->E synapses {@code ee}. */
    private static NetworkSpec recurrent(SynapseSpec ee) {
        NetworkSpec.Builder b = NetworkSpec.builder("plastic-ei").population("E", 800, lif()).population("I", 200, lif());
        b.projection(new ProjectionSpec("EE", "E", "E", indegree(80), ee, stdp(0.01, 0.0105, 0, 3)));
        b.projection("E", "I", indegree(80), SynapseSpec.delta(0.2, 1.5));
        b.projection("I", "E", indegree(20), SynapseSpec.delta(-1.0, 1.5));
        b.projection("I", "I", indegree(20), SynapseSpec.delta(-1.0, 1.5));
        return b.drive(new DriveSpec.Poisson("E", 20, 800, SynapseSpec.delta(0.2, 0)))
                .drive(new DriveSpec.Poisson("I", 20, 800, SynapseSpec.delta(0.2, 0))).build();
    }

    @Test
    void plasticWeightsAndSpikesAreTheSameBitsForAnyThreadCountAndAcrossACheckpoint(@TempDir Path dir) throws IOException {
        NetworkSpec spec = recurrent();
        SimulationSpec sim = new SimulationSpec(300, 0.1, 0, 3);
        String hash = null;
        double[] weights = null;
        for (int threads : new int[] {1, 2, 4}) {
            try (SpikingEngine engine = new SpikingEngine(SpikingNetwork.build(spec, sim, RATENET.registries()), threads)) {
                engine.run(3000);
                SynapseTable ee = engine.synapses("EE");
                if (hash == null) {
                    hash = engine.spikes().hash();
                    weights = ee.weights();
                    assertTrue(engine.spikes().size() > 5000, engine.spikes().size() + " spikes");
                    double changed = 0;
                    for (double w : weights) {
                        changed += w != 0.2 ? 1 : 0;
                    }
                    assertTrue(changed > 0.9 * weights.length, "the weights moved: " + changed + " of " + weights.length);
                }
                assertEquals(hash, engine.spikes().hash(), threads + " threads");
                assertArrayEquals(weights, ee.weights(), threads + " threads");
            }
        }
        Path file = dir.resolve("plastic.ckpt");
        try (SpikingEngine engine = new SpikingEngine(SpikingNetwork.build(spec, sim, RATENET.registries()), 2)) {
            engine.run(1234);
            engine.checkpoint(file);
        }
        try (SpikingEngine engine = new SpikingEngine(SpikingNetwork.build(spec, sim, RATENET.registries()), 3)) {
            engine.restore(file);
            engine.run(3000 - 1234);
            assertEquals(hash, engine.spikes().hash(), "resumed");
            assertArrayEquals(weights, engine.synapses("EE").weights(), "resumed");
        }
    }

    /**
     * The delivery loop for one delay and one trace on each side (pair STDP, {@code PlasticDelivery}) gives the general
     * loop's weights to the bit: the learning E-I network with its one delay, and the same network with each E->E delay
     * drawn (normal, s.d. 1e-9 ms, at most 1.6 ms, so every draw rounds to that delay) and so delivered by the general
     * loop, end 500 ms with the same E->E weights, bit for bit, and the same spikes, on 1 and 2 threads.
     */
    @Test
    void theLoopForOneTraceEachSideLearnsAsTheGeneralLoop() {
        String reference = null;
        double[] referenceWeights = null;
        for (boolean drawnDelays : new boolean[] {false, true}) {
            SynapseSpec ee = drawnDelays ? SynapseSpec.delta(0.2, 1.5).withNormalDelays(1e-9, 1.6) : SynapseSpec.delta(0.2, 1.5);
            NetworkSpec spec = recurrent(ee);
            for (int threads : new int[] {1, 2}) {
                try (SpikingEngine engine = new SpikingEngine(SpikingNetwork.build(spec, new SimulationSpec(500, 0.1, 0, 3), RATENET.registries()),
                        threads)) {
                    engine.run(5000);
                    assertTrue(engine.spikes().size() > 5000, engine.spikes().size() + " spikes");
                    double[] weights = engine.synapses("EE").weights();
                    if (reference == null) {
                        reference = engine.spikes().hash();
                        referenceWeights = weights;
                        assertTrue(Arrays.stream(weights).filter(w -> w != 0.2).count() > weights.length / 2, "most weights learned");
                    }
                    assertArrayEquals(referenceWeights, weights, 0, "drawn delays " + drawnDelays + ", " + threads + " threads");
                    assertEquals(reference, engine.spikes().hash(), "drawn delays " + drawnDelays + ", " + threads + " threads");
                }
            }
        }
    }

    /**
     * A plastic projection whose rule never changes a weight (A₊ = A₋ = 0) transmits exactly as a static one: the same
     * spikes, bit for bit, with the projection's one delay and with delays drawn per synapse (each arrival in its own
     * slot), on 1 and 3 threads.
     */
    @Test
    void aPlasticProjectionThatNeverLearnsDeliversLikeAStaticOne() {
        for (boolean drawnDelays : new boolean[] {false, true}) {
            SynapseSpec ee = drawnDelays ? SynapseSpec.delta(0.2, 0.5).withDelays(3.0) : SynapseSpec.delta(0.2, 1.5);
            String reference = null;
            for (ComponentSpec rule : new ComponentSpec[] {null, stdp(0, 0, 0, 3)}) {
                NetworkSpec.Builder b = NetworkSpec.builder("still").population("E", 800, lif()).population("I", 200, lif());
                b.projection(new ProjectionSpec("EE", "E", "E", indegree(80), ee, rule));
                b.projection("E", "I", indegree(80), SynapseSpec.delta(0.2, 1.5));
                b.projection("I", "E", indegree(20), SynapseSpec.delta(-1.0, 1.5));
                NetworkSpec spec = b.drive(new DriveSpec.Poisson("E", 20, 800, SynapseSpec.delta(0.2, 0)))
                        .drive(new DriveSpec.Poisson("I", 20, 800, SynapseSpec.delta(0.2, 0))).build();
                for (int threads : new int[] {1, 3}) {
                    try (SpikingEngine engine = new SpikingEngine(SpikingNetwork.build(spec, new SimulationSpec(200, 0.1, 0, 5), RATENET.registries()),
                            threads)) {
                        engine.run(2000);
                        assertTrue(engine.spikes().size() > 2000, engine.spikes().size() + " spikes");
                        if (reference == null) {
                            reference = engine.spikes().hash();
                        }
                        assertEquals(reference, engine.spikes().hash(), (rule == null ? "static" : "plastic") + ", drawn delays " + drawnDelays
                                + ", " + threads + " threads");
                    }
                }
            }
        }
    }

    /**
     * Spike ↔ rate inside the engine: two Poisson-driven populations joined by synapses too weak to matter (1e-6 mV), so
     * pre and post trains are independent; after 10 s each synapse's drift (Δw / T, in units of the nominal weight)
     * against ν_pre ν_post (A₊τ₊ − A₋τ₋) with the two neurons' measured rates. H0: equal means. The synapses are grouped
     * by presynaptic neuron into 20 batches; two-sided t-test at level 1e-4 (|t| < 4.90, t₁₉); the mean must also be
     * resolved (s.e. below 10 % of it).
     */
    @Test
    void stdpInTheEngineDriftsAtItsRateLimit() {
        double aPlus = 0.01;
        double aMinus = 0.012;
        NetworkSpec spec = NetworkSpec.builder("pair").population("P", 400, lif()).population("Q", 400, lif())
                .projection(new ProjectionSpec("PQ", "P", "Q", indegree(50), SynapseSpec.delta(1e-6, 1.0), stdp(aPlus, aMinus, -1e6, 1e6)))
                .drive(new DriveSpec.Poisson("P", 6.5, 800, SynapseSpec.delta(0.2, 0)))
                .drive(new DriveSpec.Poisson("Q", 6.2, 800, SynapseSpec.delta(0.2, 0))).build();
        int steps = 100_000;
        double seconds = steps * 1e-4;
        try (SpikingEngine engine = new SpikingEngine(SpikingNetwork.build(spec, new SimulationSpec(10_000, 0.1, 0, 9), RATENET.registries()), 2)) {
            engine.run(steps);
            SpikeTrains trains = engine.spikes();
            double[] rate = new double[800]; // Hz, P then Q
            for (int k = 0; k < trains.size(); k++) {
                rate[trains.neuron(k)] += 1 / seconds;
            }
            SynapseTable table = engine.synapses("PQ");
            int batches = 20;
            double[] measured = new double[batches];
            double[] predicted = new double[batches];
            int[] count = new int[batches];
            for (int e = 0; e < table.size(); e++) {
                int b = table.sources()[e] % batches;
                double pre = rate[table.sources()[e]] * 1e-3;
                double post = rate[400 + table.targets()[e]] * 1e-3;
                measured[b] += (table.weights()[e] / 1e-6 - 1) / (seconds * 1e3);
                predicted[b] += pre * post * (aPlus * 20 - aMinus * 20);
                count[b]++;
            }
            double[] differences = new double[batches];
            double meanPrediction = 0;
            for (int b = 0; b < batches; b++) {
                differences[b] = (measured[b] - predicted[b]) / count[b];
                meanPrediction += predicted[b] / count[b] / batches;
            }
            double mean = 0;
            for (double d : differences) {
                mean += d / batches;
            }
            double ss = 0;
            for (double d : differences) {
                ss += (d - mean) * (d - mean);
            }
            double se = Math.sqrt(ss / (batches - 1) / batches);
            double meanRate = 0;
            for (double r : rate) {
                meanRate += r / rate.length;
            }
            String label = "drift - prediction " + mean + " ± " + se + " per ms, prediction " + meanPrediction + ", mean rate " + meanRate + " Hz";
            assertTrue(Math.abs(mean) < 4.90 * se, label);
            assertTrue(se < 0.1 * Math.abs(meanPrediction), "unresolved: " + label);
        }
    }
}
