package org.ratenet.spiking.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

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
 * The spike hash is the same for 1, 2, 3 and 4 threads, on fixed in-degree and on unsorted (fixed out-degree) rows, and
 * on a conductance network whose threads exchange spikes every step.
 */
class ThreadDeterminismTest {

    private static final Ratenet RATENET = Ratenet.create();

    static NetworkSpec network(String rule, String degreeName, int degree) {
        ComponentSpec lif = SpikingEngineTest.lif(10, 2);
        ComponentSpec ce = ComponentSpec.of(rule, ParameterSet.builder().put(degreeName, degree).build());
        ComponentSpec ci = ComponentSpec.of(rule, ParameterSet.builder().put(degreeName, degree / 4).build());
        return NetworkSpec.builder("small-a").population("E", 1000, lif).population("I", 250, lif)
                .projection("E", "E", ce, SynapseSpec.delta(0.2, 1.5)).projection("E", "I", ce, SynapseSpec.delta(0.2, 1.0))
                .projection("I", "E", ci, SynapseSpec.delta(-1.0, 0.8)).projection("I", "I", ci, SynapseSpec.delta(-1.0, 2.0))
                .drive(new DriveSpec.Poisson("E", 60, 100, SynapseSpec.delta(0.2, 0)))
                .drive(new DriveSpec.Poisson("I", 60, 100, SynapseSpec.delta(0.2, 0)))
                .build();
    }

    /**
     * A COBA-like network (Brette et al. 2007): conductance synapses on two channels besides the jump channel, delays of
     * one step, so that the threads exchange spikes every step, and a Poisson drive on the excitatory channel.
     */
    static NetworkSpec conductanceNetwork() {
        ComponentSpec lif = ComponentSpec.of("lif", ParameterSet.builder().put("tau_m", 20, Unit.MS).put("C_m", 200, Unit.PF)
                .put("E_L", -60, Unit.MV).put("V_th", -50, Unit.MV).put("V_reset", -60, Unit.MV).put("t_ref", 5, Unit.MS).build());
        ComponentSpec p = ComponentSpec.of("pairwise_bernoulli", ParameterSet.builder().put("p", 0.05).build());
        SynapseSpec excitatory = SynapseSpec.conductance(4, 5, 0, 0.1);
        SynapseSpec inhibitory = SynapseSpec.conductance(40, 10, -80, 0.1);
        return NetworkSpec.builder("small-coba").population("E", 800, lif).population("I", 200, lif)
                .projection("E", "E", p, excitatory).projection("E", "I", p, excitatory)
                .projection("I", "E", p, inhibitory).projection("I", "I", p, inhibitory)
                .drive(new DriveSpec.Poisson("E", 40, 20, SynapseSpec.conductance(4, 5, 0, 0)))
                .drive(new DriveSpec.Poisson("I", 40, 20, SynapseSpec.conductance(4, 5, 0, 0)))
                .build();
    }

    @Test
    void theSpikesAreTheSameBitsForAnyThreadCount() {
        for (NetworkSpec spec : new NetworkSpec[] {network("fixed_indegree", "indegree", 100), network("fixed_outdegree", "outdegree", 100),
                conductanceNetwork()}) {
            String reference = null;
            for (int threads : new int[] {1, 2, 3, 4}) {
                SpikingNetwork net = SpikingNetwork.build(spec, new SimulationSpec(500, 0.1, 0, 99), RATENET.registries());
                try (SpikingEngine engine = new SpikingEngine(net, threads)) {
                    engine.run(5000);
                    assertTrue(engine.spikes().size() > 1000, "the network is active: " + engine.spikes().size());
                    String hash = engine.spikes().hash();
                    if (reference == null) {
                        reference = hash;
                    }
                    assertEquals(reference, hash, threads + " threads");
                }
            }
        }
    }

    /**
     * The conductance network's excitatory population is split between the threads, each updating its part with a model
     * instance of its own: probes of neurons on both sides of every split (and at the ends of the population) sample the
     * same bits of V_m and of a conductance as on one thread.
     */
    @Test
    void probesOfAPopulationSplitBetweenThreadsSampleTheSameBits() {
        int[] neurons = {0, 332, 333, 334, 499, 500, 501, 666, 667, 799, 800, 999};
        double[][] reference = null;
        for (int threads : new int[] {1, 2, 3, 4}) {
            String[] variables = new String[2 * neurons.length];
            int[] probed = new int[2 * neurons.length];
            int[] intervals = new int[2 * neurons.length];
            for (int n = 0; n < neurons.length; n++) {
                probed[2 * n] = neurons[n];
                probed[2 * n + 1] = neurons[n];
                variables[2 * n] = "V_m";
                variables[2 * n + 1] = "g_syn_1";
                intervals[2 * n] = 1;
                intervals[2 * n + 1] = 7;
            }
            StateProbes probes = new StateProbes(probed, variables, intervals);
            SpikingNetwork net = SpikingNetwork.build(conductanceNetwork(), new SimulationSpec(100, 0.1, 0, 99), RATENET.registries());
            try (SpikingEngine engine = new SpikingEngine(net, threads, probes)) {
                engine.run(1000);
            }
            double[][] samples = new double[probes.size()][];
            for (int p = 0; p < probes.size(); p++) {
                samples[p] = probes.samples(p);
            }
            if (reference == null) {
                reference = samples;
                assertEquals(1000, reference[0].length);
                assertTrue(Arrays.stream(reference[1]).anyMatch(g -> g > 0), "the conductance is driven");
            }
            for (int p = 0; p < probes.size(); p++) {
                assertArrayEquals(reference[p], samples[p], threads + " threads, " + variables[p] + " of neuron " + probed[p]);
            }
        }
    }

    /**
     * Runs of a few steps, some shorter than a communication window (8 steps in the delta network, 1 in the conductance
     * one), continue exactly where the last one stopped: the same spikes on 3 threads as one run on 1 thread.
     */
    @Test
    void shortRunsOnSeveralThreadsGiveTheSpikesOfOneLongRun() {
        int[] chunks = {1, 3, 17, 979, 4000};
        for (NetworkSpec spec : new NetworkSpec[] {network("fixed_indegree", "indegree", 100), conductanceNetwork()}) {
            String reference;
            try (SpikingEngine engine = new SpikingEngine(SpikingNetwork.build(spec, new SimulationSpec(500, 0.1, 0, 7), RATENET.registries()), 1)) {
                engine.run(5000);
                reference = engine.spikes().hash();
            }
            try (SpikingEngine engine = new SpikingEngine(SpikingNetwork.build(spec, new SimulationSpec(500, 0.1, 0, 7), RATENET.registries()), 3)) {
                for (int steps : chunks) {
                    engine.run(steps);
                }
                assertEquals(5000, engine.currentStep());
                assertEquals(reference, engine.spikes().hash(), spec.name());
            }
        }
    }
}
