package org.ratenet.spiking.engine;

import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.SimulationSpec;
import org.ratenet.api.spec.SynapseSpec;

final class BrunelTimingProbe {
    public static void main(String[] args) {
        Ratenet ratenet = Ratenet.create();
        ComponentSpec lif = SpikingEngineTest.lif(Double.parseDouble(System.getProperty("vr", "0")), 2);
        ComponentSpec ke = ComponentSpec.of("fixed_indegree", ParameterSet.builder().put("indegree", 1000).build());
        ComponentSpec ki = ComponentSpec.of("fixed_indegree", ParameterSet.builder().put("indegree", 250).build());
        NetworkSpec spec = NetworkSpec.builder("brunel-a").population("E", 10000, lif).population("I", 2500, lif)
                .projection("E", "E", ke, SynapseSpec.delta(0.1, 1.5)).projection("E", "I", ke, SynapseSpec.delta(0.1, 1.5))
                .projection("I", "E", ki, SynapseSpec.delta(-0.5, 1.5)).projection("I", "I", ki, SynapseSpec.delta(-0.5, 1.5))
                .drive(new DriveSpec.Poisson("E", 20, 1000, SynapseSpec.delta(0.1, 0)))
                .drive(new DriveSpec.Poisson("I", 20, 1000, SynapseSpec.delta(0.1, 0))).build();
        long t0 = System.nanoTime();
        SpikingNetwork net = SpikingNetwork.build(spec, new SimulationSpec(1000, 0.1, 0, 12345), ratenet.registries());
        long t1 = System.nanoTime();
        SpikingEngine engine = new SpikingEngine(net);
        engine.run(10000);
        long t2 = System.nanoTime();
        int e = 0;
        for (int k = 0; k < engine.spikes().size(); k++) {
            if (engine.spikes().step(k) >= 2000 && engine.spikes().neuron(k) < 10000) {
                e++;
            }
        }
        System.out.printf("build %.2f s, run %.2f s, synapses %d, E rate %.3f Hz%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9, net.synapses(),
                e / (10000 * 0.8));
    }
}
