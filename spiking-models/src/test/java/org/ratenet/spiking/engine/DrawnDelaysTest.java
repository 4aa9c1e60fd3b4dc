package org.ratenet.spiking.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.SimulationSpec;
import org.ratenet.api.spec.SynapseSpec;

class DrawnDelaysTest {

    private static final Ratenet RATENET = Ratenet.create();

    private static NetworkSpec recurrent(double delayMs, double delayMaxMs) {
        ComponentSpec k = ComponentSpec.of("fixed_indegree", ParameterSet.builder().put("indegree", 100).build());
        return NetworkSpec.builder("d").population("E", 1000, SpikingEngineTest.lif(10, 2))
                .projection("E", "E", k, SynapseSpec.delta(0.2, delayMs).withDelays(delayMaxMs))
                .drive(new DriveSpec.Poisson("E", 60, 100, SynapseSpec.delta(0.2, 0)))
                .build();
    }

    /**
     * 100,000 delays drawn on the 0.1 ms grid in [0.5, 2.4] ms take each of the 20 values with probability 1/20:
     * Pearson's χ² over the 20 cells stays below the χ²₁₉ quantile 1 − 1e-5 (51.0); 2 extra bytes per synapse.
     */
    @Test
    void drawnDelaysAreUniformOnTheGrid() {
        SpikingNetwork net = SpikingNetwork.build(recurrent(0.5, 2.4), new SimulationSpec(10, 0.1, 0, 3), RATENET.registries());
        Projection p = net.projections.get(0);
        assertEquals(5, p.delaySteps());
        assertEquals(24, net.maxDelaySteps);
        assertEquals(5, net.minDelaySteps);
        long[] counts = new long[20];
        for (short d : p.delays()) {
            assertTrue(d >= 5 && d <= 24, "delay " + d + " steps");
            counts[d - 5]++;
        }
        double expected = p.delays().length / 20.0;
        double chi2 = 0;
        for (long c : counts) {
            chi2 += (c - expected) * (c - expected) / expected;
        }
        assertTrue(chi2 < 51.0, "chi2 = " + chi2);
        assertTrue(net.bytesPerSynapse() > 4 && net.bytesPerSynapse() < 4.1, "4 bytes per synapse (a 16-bit target and a short), was " + net.bytesPerSynapse());
    }

    /**
     * Normal delays (mean 1.5 ms, sd 0.6 ms, at most 3 ms, dt 0.1 ms): each grid value k dt takes the probability of
     * [(k − ½) dt, (k + ½) dt) under the normal, renormalised to the accepted steps 1..30. Pearson's χ² over the 30
     * cells of 100,000 delays stays below the χ²₂₉ quantile 1 − 1e-5 (73.5); the window is the shortest drawn delay.
     */
    @Test
    void normalDelaysFollowTheTruncatedNormalOnTheGrid() {
        ComponentSpec k = ComponentSpec.of("fixed_indegree", ParameterSet.builder().put("indegree", 100).build());
        NetworkSpec spec = NetworkSpec.builder("n").population("E", 1000, SpikingEngineTest.lif(10, 2))
                .projection("E", "E", k, SynapseSpec.delta(0.2, 1.5).withNormalDelays(0.6, 3.0)).build();
        SpikingNetwork net = SpikingNetwork.build(spec, new SimulationSpec(10, 0.1, 0, 3), RATENET.registries());
        Projection p = net.projections.get(0);
        NormalDistribution law = new NormalDistribution(1.5, 0.6);
        double[] probability = new double[31];
        double accepted = 0;
        for (int step = 1; step <= 30; step++) {
            probability[step] = law.cumulativeProbability((step + 0.5) * 0.1) - law.cumulativeProbability((step - 0.5) * 0.1);
            accepted += probability[step];
        }
        long[] counts = new long[31];
        int shortest = Integer.MAX_VALUE;
        for (short d : p.delays()) {
            assertTrue(d >= 1 && d <= 30, "delay " + d + " steps");
            counts[d]++;
            shortest = Math.min(shortest, d);
        }
        assertEquals(shortest, p.delaySteps());
        assertEquals(shortest, net.minDelaySteps);
        assertEquals(30, net.maxDelaySteps);
        double chi2 = 0;
        for (int step = 1; step <= 30; step++) {
            double expected = p.delays().length * probability[step] / accepted;
            chi2 += (counts[step] - expected) * (counts[step] - expected) / expected;
        }
        assertTrue(chi2 < 73.5, "chi2 = " + chi2);
    }

    /**
     * Each source drives its own target (one_to_one) with a 30 mV PSP, so a target fires exactly when its input
     * arrives: target spike step − source spike step must be the synapse's own drawn delay plus the fixed offset
     * measured with a constant delay.
     */
    @Test
    void eachSpikeArrivesAfterItsOwnDelay() {
        int n = 200;
        int offset = firstSpikeLags(pair(n, 1.0, 1.0), n)[0] - 10;
        SpikingNetwork net = SpikingNetwork.build(pair(n, 0.1, 3.0), new SimulationSpec(100, 0.1, 0, 11), RATENET.registries());
        short[] delays = net.projections.get(0).delays();
        int[] lags = firstSpikeLags(pair(n, 0.1, 3.0), n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            assertEquals(delays[i] + offset, lags[i], "neuron " + i);
            distinct |= 1 << (delays[i] % 30);
        }
        assertTrue(Integer.bitCount(distinct) > 20, "the delays differ from synapse to synapse");
    }

    private static NetworkSpec pair(int n, double delayMs, double delayMaxMs) {
        return NetworkSpec.builder("pair").population("S", n, SpikingEngineTest.lif(0, 2)).population("T", n, SpikingEngineTest.lif(0, 50))
                .projection("S", "T", ComponentSpec.of("one_to_one"), SynapseSpec.delta(30, delayMs).withDelays(delayMaxMs))
                .drive(new DriveSpec.Current("S", 300))
                .build();
    }

    /** For each pair, the step of the target's first spike minus that of the source's first spike. */
    private static int[] firstSpikeLags(NetworkSpec spec, int n) {
        int[] source = new int[n];
        int[] target = new int[n];
        java.util.Arrays.fill(source, -1);
        java.util.Arrays.fill(target, -1);
        try (SpikingEngine engine = new SpikingEngine(SpikingNetwork.build(spec, new SimulationSpec(100, 0.1, 0, 11), RATENET.registries()))) {
            engine.run(1000);
            SpikeTrains spikes = engine.spikes();
            for (int k = 0; k < spikes.size(); k++) {
                int g = spikes.neuron(k);
                int[] first = g < n ? source : target;
                if (first[g % n] < 0) {
                    first[g % n] = spikes.step(k);
                }
            }
        }
        int[] lags = new int[n];
        for (int i = 0; i < n; i++) {
            assertTrue(source[i] >= 0 && target[i] >= 0, "pair " + i + " fired");
            lags[i] = target[i] - source[i];
        }
        return lags;
    }

    @Test
    void drawnDelaysKeepTheSpikesTheSameForAnyThreadCountAndAcrossACheckpoint(@TempDir Path dir) throws IOException {
        NetworkSpec spec = recurrent(0.5, 3.0);
        SimulationSpec sim = new SimulationSpec(300, 0.1, 0, 5);
        String reference = null;
        for (int threads : new int[] {1, 2, 4}) {
            try (SpikingEngine engine = new SpikingEngine(SpikingNetwork.build(spec, sim, RATENET.registries()), threads)) {
                engine.run(3000);
                assertTrue(engine.spikes().size() > 100);
                reference = reference == null ? engine.spikes().hash() : reference;
                assertEquals(reference, engine.spikes().hash(), threads + " threads");
            }
        }
        Path file = dir.resolve("state.ckpt");
        try (SpikingEngine first = new SpikingEngine(SpikingNetwork.build(spec, sim, RATENET.registries()))) {
            first.run(1234);
            first.checkpoint(file);
        }
        try (SpikingEngine resumed = new SpikingEngine(SpikingNetwork.build(spec, sim, RATENET.registries()), 2)) {
            resumed.restore(file);
            resumed.run(3000 - 1234);
            assertEquals(reference, resumed.spikes().hash(), "resumed from a checkpoint");
        }
    }

    @Test
    void aDelayMaximumOffTheGridOrBelowTheDelayIsRefusedByName() {
        InvalidParameterException off = assertThrows(InvalidParameterException.class,
                () -> SpikingNetwork.build(recurrent(0.5, 2.45), new SimulationSpec(10, 0.1, 0, 1), RATENET.registries()));
        assertTrue(off.getMessage().contains("delay_max of"), off.getMessage());
        InvalidParameterException below = assertThrows(InvalidParameterException.class, () -> SynapseSpec.delta(0.2, 1.5).withDelays(1.0));
        assertTrue(below.getMessage().contains("delay_max"), below.getMessage());
    }
}
