package org.ratenet.spiking.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.ratenet.api.run.RunContext;
import org.ratenet.api.error.InvalidInputException;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.result.TimeSeries;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.ExperimentSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.RecordingSpec;
import org.ratenet.api.spec.SimulationSpec;

class RecorderTest {

    private static final Ratenet RATENET = Ratenet.create();

    /** A probed neuron below rheobase: every sample equals the exact solution RI + (V0 − RI) e^{−t/τ} (1e-12 mV). */
    @Test
    void voltageProbesRecordTheExactTrajectory() {
        NetworkSpec spec = NetworkSpec.builder("one").population("N", 3, SpikingEngineTest.lif(10, 2))
                .drive(new DriveSpec.Current("N", 200))
                .recording(new RecordingSpec(List.of("N"), RecordingSpec.ALL, 5, List.of(new RecordingSpec.Probe("N", "V_m", 2, 1))))
                .build();
        SpikingNetwork net = SpikingNetwork.build(spec, new SimulationSpec(50, 0.1, 0, 5), RATENET.registries());
        double v0 = net.populations.get(0).dynamics.state().variable("V_m").values()[1];
        SpikingResult r = new SpikingLevel(RATENET.registries()).evaluate(new ExperimentSpec(spec, new SimulationSpec(50, 0.1, 0, 5),
                java.util.Map.of()));
        TimeSeries v = r.states().get(0);
        assertEquals(List.of("N[0].V_m", "N[1].V_m"), v.channelNames());
        double[] t = v.timesMs();
        double[] samples = v.channel("N[1].V_m");
        assertEquals(50, samples.length);
        for (int k = 0; k < samples.length; k++) {
            double exact = 16 + (v0 - 16) * Math.exp(-t[k] / 20);
            assertEquals(exact, samples[k], 1e-12, "sample at " + t[k] + " ms");
        }
        assertEquals(10, r.rates().length()); // 50 ms in 5 ms bins
        assertTrue(Double.isFinite(r.synchrony()[0]));
    }

    @Test
    void recordingsAreTheSameForAnyThreadCount() {
        NetworkSpec spec = ThreadDeterminismTest.network("fixed_indegree", "indegree", 100);
        NetworkSpec probed = new NetworkSpec(spec.name(), spec.populations(), spec.projections(), spec.drives(),
                new RecordingSpec(List.of("E"), 20, 2, List.of(new RecordingSpec.Probe("E", "V_m", 5, 0.5),
                        new RecordingSpec.Probe("I", "V_m", 3, 1))));
        ExperimentSpec experiment = new ExperimentSpec(probed, new SimulationSpec(300, 0.1, 100, 8), java.util.Map.of());
        SpikingResult one = new SpikingLevel(RATENET.registries()).evaluate(experiment, RunContext.DEFAULT.withThreads(1));
        SpikingResult two = new SpikingLevel(RATENET.registries()).evaluate(experiment, RunContext.DEFAULT.withThreads(2));
        assertEquals(one.spikeHash(), two.spikeHash());
        for (int k = 0; k < one.states().size(); k++) {
            for (String c : one.states().get(k).channelNames()) {
                assertArrayEquals(one.states().get(k).channel(c), two.states().get(k).channel(c), c);
            }
        }
        assertEquals(one.spikeRecords().get(0), two.spikeRecords().get(0));
        assertEquals(20, one.spikeRecords().get(0).populationSize());
        double counted = 0;
        for (double rate : one.rates().channel("E.rate")) {
            counted += rate * 1000 * 2e-3; // back to spike counts: rate × 1000 neurons × 2 ms bin
        }
        double expected = one.statistics().get(0).rateHz() * 1000 * 0.2 // after the 100 ms warm-up
                + countBefore(one, 1000);
        assertEquals(expected, counted, 1e-6 * expected);
    }

    /** E spikes in the first {@code steps} steps (the warm-up), from the rate histogram's bins. */
    private static double countBefore(SpikingResult r, int steps) {
        double[] rates = r.rates().channel("E.rate");
        double count = 0;
        for (int b = 0; b < steps / 20; b++) {
            count += rates[b] * 1000 * 2e-3;
        }
        return count;
    }

    @Test
    void anUnknownProbeVariableIsRefusedNamingIt() {
        NetworkSpec spec = NetworkSpec.builder("one").population("N", 3, SpikingEngineTest.lif(10, 2))
                .recording(new RecordingSpec(List.of(), RecordingSpec.ALL, 1, List.of(new RecordingSpec.Probe("N", "g_ex", 1, 1))))
                .build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new SpikingLevel(RATENET.registries()).evaluate(spec));
        assertTrue(e.getMessage().contains("probe variable of N = g_ex") && e.getMessage().contains("[V_m]"), e.getMessage());
    }

    /** Fano factor: a clock has 0, Poisson spike counts have 1 (within 4.4 s.e. of the mean of 200 neurons' estimates). */
    @Test
    void fanoFactorAndSynchronyHaveTheirReferenceValues() {
        SpikeTrains regular = new SpikeTrains();
        for (int step = 0; step < 100_000; step += 100) { // 100 Hz clock, 10 s at dt 0.1 ms
            regular.add(step, 0);
        }
        assertEquals(0, SpikeStatistics.of(regular, 0, 1, 0, 100_000, 0.1).fanoFactor(), 1e-12);
        SpikeTrains poisson = new SpikeTrains();
        Random random = new Random(5);
        for (int step = 0; step < 100_000; step++) {
            for (int i = 0; i < 200; i++) {
                if (random.nextDouble() < 2e-3) { // 20 Hz Bernoulli per 0.1 ms step: Poisson to 1e-3
                    poisson.add(step, i);
                }
            }
        }
        SpikeStatistics p = SpikeStatistics.of(poisson, 0, 200, 0, 100_000, 0.1);
        // each neuron's Fano from 100 windows has sd ≈ √(2/99) ≈ 0.14; the mean over 200 neurons ≈ 0.01
        assertEquals(1, p.fanoFactor(), 4.4 * 0.01 + 0.02);
        assertEquals(1, p.cvIsi(), 0.05);
        // one 100 ms window has one count per neuron and no variance: undefined, not 0 (which would read as a clock)
        assertTrue(Double.isNaN(SpikeStatistics.of(poisson, 0, 200, 0, 1999, 0.1).fanoFactor()));
        assertTrue(SpikeStatistics.of(poisson, 0, 200, 0, 2000, 0.1).fanoFactor() > 0.5);
        assertEquals(20, SpikeStatistics.of(poisson, 0, 200, 0, 1999, 0.1).rateHz(), 3, "the rate needs no window");
        double[][] same = {{1, 2, 3, 4}, {1, 2, 3, 4}};
        assertEquals(1, SpikeStatistics.synchrony(same), 1e-12);
        double[][] independent = new double[400][2000];
        for (double[] trace : independent) {
            for (int k = 0; k < trace.length; k++) {
                trace[k] = random.nextGaussian();
            }
        }
        assertEquals(1 / Math.sqrt(400), SpikeStatistics.synchrony(independent), 0.01);
    }
}
