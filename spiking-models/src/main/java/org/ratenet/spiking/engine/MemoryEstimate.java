package org.ratenet.spiking.engine;

import java.util.Locale;

import org.ratenet.api.error.InvalidInputException;
import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.model.ConnectivityRule;
import org.ratenet.api.registry.Registries;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.PopulationSpec;
import org.ratenet.api.spec.ProjectionSpec;
import org.ratenet.api.spec.SimulationSpec;

/**
 * The memory a spiking network will take, estimated from its spec before anything is built, so that a network too large
 * for the heap (or for Java's arrays) is refused at once with the estimate and what to do, not after minutes of drawing
 * connections with an {@link OutOfMemoryError}. Counted: per synapse its target (2 bytes, or 4 for a plastic projection or a
 * target population beyond 65,536 neurons: {@link Targets}), drawn weight (4) and delay (2)
 * and plastic state (8 + traces); per neuron its ring-buffer slots (8 bytes × channels × delay slots), its state (8 bytes ×
 * 4 + channels), its drives' random streams (64 bytes each) and the spike list (an expected 8 bytes per spike at 50 Hz).
 */
final class MemoryEstimate {

    /** The fraction of the heap a network may take: the rest is for recording, statistics and the JVM. */
    static final double HEAP_FRACTION = 0.8;

    private MemoryEstimate() {
    }

    /** Refuses the network when it would not fit the heap or Java's arrays; returns the estimate (bytes) otherwise. */
    static long check(NetworkSpec spec, SimulationSpec simulation, Registries registries, int channels, int slots) {
        long neurons = spec.neuronCount();
        if (neurons > Integer.MAX_VALUE - 8) {
            throw new InvalidInputException("the network has " + neurons + " neurons: at most " + (Integer.MAX_VALUE - 8) + " are allowed");
        }
        double synapses = 0;
        double bytes = 0;
        for (ProjectionSpec p : spec.projections()) {
            PopulationSpec source = spec.population(p.source()).orElseThrow();
            PopulationSpec target = spec.population(p.target()).orElseThrow();
            ConnectivityRule rule = registries.connectivityRules().get(p.connectivity().kind()).build(p.connectivity().parameters());
            double count = rule.expectedInDegree(source.size(), target.size(), p.source().equals(p.target())) * target.size();
            if (count > Integer.MAX_VALUE - 8) {
                throw new InvalidInputException(String.format(Locale.ROOT, "projection %s would have %.3g synapses: at most %d fit one "
                        + "projection (Java's array limit); lower its in-degree or split it", p.name(), count, Integer.MAX_VALUE - 8));
            }
            synapses += count;
            boolean narrow = Targets.narrowFor(p.plasticityRule().isPresent(), target.size());
            double perSynapse = (narrow ? 2 : 4) + (p.synapse().drawnWeights() ? 4 : 0) + (p.synapse().drawnDelays() ? 2 : 0)
                    + (p.plasticityRule().isPresent() ? 32 : 0);
            bytes += count * perSynapse + 4.0 * (source.size() + 1);
        }
        double ring = (double) slots * channels * neurons;
        if (ring > Integer.MAX_VALUE - 8) {
            throw new InvalidInputException(String.format(Locale.ROOT, "the ring buffer would need %.3g entries (%d neurons × %d channels × %d "
                    + "delay slots): at most %d fit; shorten the longest delay or use fewer neurons", ring, neurons, channels, slots,
                    Integer.MAX_VALUE - 8));
        }
        long drives = spec.drives().stream().filter(d -> d instanceof DriveSpec.Poisson).count();
        bytes += 8 * ring + neurons * (8.0 * (4 + channels) + 64.0 * drives);
        bytes += 8.0 * neurons * 50 * simulation.durationMs() * 1e-3; // the spike list at 50 Hz
        long heap = Runtime.getRuntime().maxMemory();
        if (bytes > HEAP_FRACTION * heap) {
            throw new InvalidInputException(String.format(Locale.ROOT, "the network needs about %s (%d neurons, %.3g synapses), more than %.0f %% "
                    + "of the %s the JVM may use: run with JAVA_OPTS=-Xmx%dg (or larger), or make the network smaller",
                    gib(bytes), neurons, synapses, 100 * HEAP_FRACTION, gib(heap), (long) Math.ceil(bytes / HEAP_FRACTION / (1L << 30)) + 1));
        }
        return (long) bytes;
    }

    /**
     * Refuses a thread count the network cannot use: more threads than neurons (each thread updates a block of them), or
     * tables that would not fit the heap left (with more than one thread, a projection whose targets lie in several
     * blocks keeps every source's row split between the threads, 4 bytes × (threads + 1) per source neuron, so that a
     * thread finds its part of a row at once; counted here for every projection, see {@link BlockRows});
     * {@code sourceNeurons} is the sum of the projections' source population sizes.
     */
    static void checkThreads(int threads, long neurons, long sourceNeurons) {
        if (threads > neurons) {
            throw new InvalidParameterException("threads", Integer.toString(threads), "<= " + neurons + ", the network's neurons (each "
                    + "thread updates a block of them)");
        }
        if (threads == 1) {
            return;
        }
        double bytes = 4.0 * ((double) threads + 1) * sourceNeurons;
        Runtime runtime = Runtime.getRuntime();
        long left = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
        if (bytes > HEAP_FRACTION * left) {
            throw new InvalidInputException(String.format(Locale.ROOT, "threads = %d is too many for this network: splitting its rows between "
                    + "them would need up to %s (4 bytes × (threads + 1) per source neuron of each projection), more than %.0f %% of the "
                    + "%s of heap left; use fewer threads (this machine has %d processors)", threads, gib(bytes), 100 * HEAP_FRACTION,
                    gib(left), runtime.availableProcessors()));
        }
    }

    /** {@link #checkThreads(int, long, long)} for a built network. */
    static void checkThreads(SpikingNetwork net, int threads) {
        long sources = 0;
        for (Projection p : net.projections) {
            sources += p.rowStart().length - 1;
        }
        checkThreads(threads, net.neurons, sources);
    }

    private static String gib(double bytes) {
        return String.format(Locale.ROOT, "%.2f GiB", bytes / (1L << 30));
    }
}
