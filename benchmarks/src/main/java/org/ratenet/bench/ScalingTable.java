package org.ratenet.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import java.util.Map;

import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.model.Level;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.run.RunContext;
import org.ratenet.api.run.RunObserver;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.ExperimentSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.SimulationSpec;
import org.ratenet.api.spec.SynapseSpec;
import org.ratenet.api.units.Unit;
import org.ratenet.spiking.engine.SpikingLevel;
import org.ratenet.spiking.engine.SpikingResult;

/**
 * The scaling table of {@code benchmarks/README.md}: Brunel's model A (g = 5, η = 2, ε = 0.1, delta synapses, 1.5 ms
 * delay) at the orders given as arguments, 1 s of biological time at dt = 0.1 ms on 1 and 2 threads, through the spiking
 * level as a user runs it: build time, wall time, synapses, bytes per synapse, the heap's peak, E rate and delivered
 * events per second. A table of one run, not a benchmark of ratios (those are JMH's): run it on an idle machine,
 * {@code java -Xmx16g -cp benchmarks/target/benchmarks.jar org.ratenet.bench.ScalingTable 1000 2500 5000 10000}.
 */
public final class ScalingTable {

    private ScalingTable() {
    }

    static ExperimentSpec brunel(int order) {
        int nE = 4 * order;
        int nI = order;
        int cE = nE / 10;
        int cI = nI / 10;
        double nuEx = 2 * 20.0 / (0.1 * cE * 20) * 1000; // η ν_th (Hz)
        ComponentSpec lif = ComponentSpec.of("lif", ParameterSet.builder().put("tau_m", 20, Unit.MS).put("V_th", 20, Unit.MV)
                .put("V_reset", 0, Unit.MV).put("t_ref", 2, Unit.MS).build());
        ComponentSpec fromE = ComponentSpec.of("fixed_indegree", ParameterSet.builder().put("indegree", cE).build());
        ComponentSpec fromI = ComponentSpec.of("fixed_indegree", ParameterSet.builder().put("indegree", cI).build());
        NetworkSpec net = NetworkSpec.builder("brunel-a").population("E", nE, lif).population("I", nI, lif)
                .projection("E", "E", fromE, SynapseSpec.delta(0.1, 1.5)).projection("E", "I", fromE, SynapseSpec.delta(0.1, 1.5))
                .projection("I", "E", fromI, SynapseSpec.delta(-0.5, 1.5)).projection("I", "I", fromI, SynapseSpec.delta(-0.5, 1.5))
                .drive(new DriveSpec.Poisson("E", nuEx, cE, SynapseSpec.delta(0.1, 0)))
                .drive(new DriveSpec.Poisson("I", nuEx, cE, SynapseSpec.delta(0.1, 0)))
                .build();
        return new ExperimentSpec(net, new SimulationSpec(1000, 0.1, 100, 12345), Map.of());
    }

    public static void main(String[] args) {
        SpikingLevel level = (SpikingLevel) Ratenet.create().levels().get(Level.SPIKING);
        System.out.println("| order | neurons | synapses | threads | build (s) | wall per biological s | bytes/synapse | peak heap (GiB) | E rate (Hz) "
                + "| events/s |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (String arg : args) {
            int order = Integer.parseInt(arg);
            ExperimentSpec experiment = brunel(order);
            for (int threads = 1; threads <= 2; threads++) {
                System.gc();
                ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
                SpikingResult r = level.evaluate(experiment, new RunContext(threads, RunObserver.NONE, java.util.Optional.empty()));
                long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
                SpikingResult.Performance p = r.performance();
                System.out.println(String.format(Locale.ROOT, "| %d | %d | %.3g | %d | %.1f | %.2f | %.2f | %.2f | %.2f | %.3g |", order,
                        experiment.network().neuronCount(), (double) p.synapses(), threads, p.buildSeconds(), p.wallSeconds(), p.bytesPerSynapse(),
                        peak / (double) (1L << 30), r.statistics().get(0).rateHz(), p.eventsPerSecond()));
            }
        }
    }
}
