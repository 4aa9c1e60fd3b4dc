package org.ratenet.plasticity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.model.SpikeTimingRule;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.ProjectionSpec;
import org.ratenet.api.spec.SimulationSpec;
import org.ratenet.api.spec.SynapseSpec;
import org.ratenet.spiking.engine.SpikeTrains;
import org.ratenet.spiking.engine.SpikingEngine;
import org.ratenet.spiking.engine.SpikingNetwork;
import org.ratenet.spiking.engine.SynapseTable;

/**
 * The engine applies a spike-timing rule only when a presynaptic neuron fires, replaying its targets' spikes since its
 * previous one (a fast loop for targets that fired at most twice, a general replay otherwise, and another when the
 * source was silent for longer than the replay table reaches). Here every synapse's final weight is recomputed from the
 * recorded spikes, step by step as the rule is written (at a step: the presynaptic event, then the postsynaptic one,
 * each with the traces just before the step's spikes; then the traces take the spikes and decay), and must agree to
 * 1e-9 (the engine takes a trace's decay over a gap as one power, the reference step by step).
 */
class SpikeTimingReplayTest {

    private static final Ratenet RATENET = Ratenet.create();
    private static final int STEPS = 40_000;

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("additive, all-to-all", ParameterSet.builder().put("A_plus", 0.02).put("A_minus", 0.025).put("w_min", 0.5)
                        .put("w_max", 1.2).build(), new PairStdp(0.02, 0.025, 20, 20, 0.5, 1.2, false, false), "stdp"),
                Arguments.of("multiplicative, nearest", ParameterSet.builder().put("A_plus", 0.05).put("A_minus", 0.04).put("w_min", 0)
                        .put("w_max", 2).put("weight_dependence", "multiplicative").put("pairing", "nearest").build(),
                        new PairStdp(0.05, 0.04, 20, 20, 0, 2, true, true), "stdp"),
                Arguments.of("triplet", ParameterSet.builder().put("A2_plus", 0.005).put("A3_plus", 0.006).put("A2_minus", 0.007)
                        .put("A3_minus", 0.001).put("w_min", 0).put("w_max", 3).build(),
                        new TripletStdp(0.005, 0.006, 0.007, 0.001, 16.8, 33.7, 101, 125, 0, 3), TripletStdp.NAME));
    }

    /**
     * P fires at a few hertz, irregularly (so that some of its neurons stay silent for more than the replay table's 1.6 s between two spikes), Q at tens
     * of hertz (so that its neurons fire many times between two spikes of a P neuron): P→Q takes every path of the
     * replay, Q→Q mostly the fast one. Weights of 1e-3 mV leave the firing to the Poisson drives.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void engineWeightsFollowTheRuleEventByEvent(String name, ParameterSet parameters, SpikeTimingRule rule, String kind) {
        ComponentSpec plastic = ComponentSpec.of(kind, parameters);
        ComponentSpec indegree = ComponentSpec.of("fixed_indegree", ParameterSet.builder().put("indegree", 8).build());
        NetworkSpec spec = NetworkSpec.builder("replay").population("P", 24, PlasticEngineTest.lif()).population("Q", 24, PlasticEngineTest.lif())
                .projection(new ProjectionSpec("PQ", "P", "Q", indegree, SynapseSpec.delta(1e-3, 1.0), plastic))
                .projection(new ProjectionSpec("QQ", "Q", "Q", indegree, SynapseSpec.delta(1e-3, 0.1), plastic))
                .drive(new DriveSpec.Poisson("P", 5.1, 800, SynapseSpec.delta(0.2, 0)))
                .drive(new DriveSpec.Poisson("Q", 8, 800, SynapseSpec.delta(0.2, 0))).build();
        try (SpikingEngine engine = new SpikingEngine(SpikingNetwork.build(spec, new SimulationSpec(STEPS / 10, 0.1, 0, 21), RATENET.registries()))) {
            engine.run(STEPS);
            boolean[][] fired = firings(engine.spikes(), 48);
            int silence = longestSilence(fired, 0, 24);
            assertTrue(silence > 16_384, "some P neuron is silent between two spikes for longer than the replay table reaches: " + silence
                    + " steps at most, " + count(fired, 0, 24) + " P spikes, " + count(fired, 24, 48) + " Q spikes");
            SynapseTable pq = engine.synapses("PQ");
            int[] replays = new int[2]; // P->Q catch-ups with at most two target spikes (the fast loop), with three or more
            for (int e = 0; e < pq.size(); e++) {
                countReplays(fired[pq.sources()[e]], fired[24 + pq.targets()[e]], replays);
            }
            assertTrue(replays[0] > 0 && replays[1] > 0, "both replays are exercised: " + replays[0] + " short, " + replays[1] + " long");
            for (String projection : new String[] {"PQ", "QQ"}) {
                SynapseTable table = engine.synapses(projection);
                int sourceOffset = projection.equals("PQ") ? 0 : 24;
                double nominal = (float) 1e-3; // weights are stored as floats
                for (int e = 0; e < table.size(); e++) {
                    double expected = replay(rule, fired[sourceOffset + table.sources()[e]], fired[24 + table.targets()[e]], 0.1);
                    assertEquals(expected, table.weights()[e] / nominal, 1e-9, name + ", " + projection + " synapse " + e);
                }
            }
        }
    }

    /** The weight of one synapse, from 1, as the rule is written: step by step over the two spike trains. */
    private static double replay(SpikeTimingRule rule, boolean[] pre, boolean[] post, double dtMs) {
        double[] x = new double[2];
        double[] y = new double[2];
        double[] preDecay = new double[2];
        double[] postDecay = new double[2];
        for (int k = 0; k < 2; k++) {
            preDecay[k] = k < rule.preTraceCount() ? Math.exp(-dtMs / rule.preTraceTauMs(k)) : 0;
            postDecay[k] = k < rule.postTraceCount() ? Math.exp(-dtMs / rule.postTraceTauMs(k)) : 0;
        }
        double w = 1;
        for (int step = 0; step < pre.length; step++) {
            if (pre[step]) {
                w = rule.onPre(w, x[0], x[1], y[0], y[1]);
            }
            if (post[step]) {
                w = rule.onPost(w, x[0], x[1], y[0], y[1]);
            }
            for (int k = 0; k < 2; k++) {
                if (pre[step] && k < rule.preTraceCount()) {
                    x[k] = rule.preTraceAfterSpike(k, x[k]);
                }
                if (post[step] && k < rule.postTraceCount()) {
                    y[k] = rule.postTraceAfterSpike(k, y[k]);
                }
                x[k] *= preDecay[k];
                y[k] *= postDecay[k];
            }
        }
        return w;
    }

    private static boolean[][] firings(SpikeTrains trains, int neurons) {
        boolean[][] fired = new boolean[neurons][STEPS];
        for (int s = 0; s < trains.size(); s++) {
            fired[trains.neuron(s)][trains.step(s)] = true;
        }
        return fired;
    }

    /**
     * Counts, over the intervals between consecutive presynaptic spikes, those in which the target fired at most twice
     * (into {@code counts[0]}) and three times or more ({@code counts[1]}).
     */
    private static void countReplays(boolean[] pre, boolean[] post, int[] counts) {
        int since = -1; // the target's spikes since the last presynaptic one, -1 before the first
        for (int k = 0; k < pre.length; k++) {
            if (pre[k]) {
                if (since >= 0) {
                    counts[since >= 3 ? 1 : 0]++;
                }
                since = 0;
            }
            if (post[k] && since >= 0) {
                since++;
            }
        }
    }

    /** The longest interval between two spikes of a neuron of [from, to), in steps. */
    private static int longestSilence(boolean[][] fired, int from, int to) {
        int longest = 0;
        for (int i = from; i < to; i++) {
            int last = -1;
            for (int k = 0; k < STEPS; k++) {
                if (fired[i][k]) {
                    if (last >= 0) {
                        longest = Math.max(longest, k - last);
                    }
                    last = k;
                }
            }
        }
        return longest;
    }

    private static int count(boolean[][] fired, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            for (boolean f : fired[i]) {
                n += f ? 1 : 0;
            }
        }
        return n;
    }
}
