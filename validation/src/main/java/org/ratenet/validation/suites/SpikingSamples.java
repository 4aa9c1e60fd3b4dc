package org.ratenet.validation.suites;

import java.util.Optional;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;

import org.ratenet.api.registry.Registries;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.PopulationSpec;
import org.ratenet.api.spec.SimulationSpec;
import org.ratenet.spiking.engine.SpikeStatistics;
import org.ratenet.spiking.engine.SpikeTrains;
import org.ratenet.spiking.engine.SpikingEngine;
import org.ratenet.spiking.engine.SpikingNetwork;
import org.ratenet.validation.BatchMeans;

/**
 * Population rates of a spiking network as batch means: several seeds, each run for a warm-up and then a number of
 * 100 ms blocks; per population the block rates, the mean CV of interspike intervals over the counted time and the
 * per-neuron rates of the last seed.
 */
final class SpikingSamples {

    static final double BLOCK_MS = 100;
    static final double DT_MS = 0.1;
    private static final int BLOCK_STEPS = (int) Math.round(BLOCK_MS / DT_MS);

    private final BatchMeans[] rates;
    private final double[] cv;
    private final double[][] neuronRates;

    private SpikingSamples(BatchMeans[] rates, double[] cv, double[][] neuronRates) {
        this.rates = rates;
        this.cv = cv;
        this.neuronRates = neuronRates;
    }

    static SpikingSamples measure(NetworkSpec spec, Registries registries, long seed, int seeds, double warmupMs, int blocks, int threads) {
        return measure(spec, registries, seed, seeds, warmupMs, blocks, threads, engine -> { });
    }

    /** {@link #measure}, handing each seed's engine to {@code atEnd} after its run (e.g. to read plastic weights). */
    static SpikingSamples measure(NetworkSpec spec, Registries registries, long seed, int seeds, double warmupMs, int blocks, int threads,
                                  Consumer<SpikingEngine> atEnd) {
        List<PopulationSpec> pops = spec.populations();
        int warmupSteps = (int) Math.round(warmupMs / DT_MS);
        int steps = warmupSteps + blocks * BLOCK_STEPS;
        double[][] blockRates = new double[pops.size()][seeds * blocks];
        double[] cv = new double[pops.size()];
        Observed last = null;
        for (int s = 0; s < seeds; s++) {
            SimulationSpec sim = new SimulationSpec(steps * DT_MS, DT_MS, warmupMs, seed + s);
            try (SpikingEngine engine = new SpikingEngine(SpikingNetwork.build(spec, sim, registries), threads)) {
                engine.run(steps);
                last = observe(engine.spikes(), pops, warmupSteps, blocks);
                for (int p = 0; p < pops.size(); p++) {
                    System.arraycopy(last.blockRates()[p], 0, blockRates[p], s * blocks, blocks);
                    cv[p] += last.cv()[p] / seeds;
                }
                atEnd.accept(engine);
            }
        }
        return new SpikingSamples(batchMeans(blockRates), cv, last.neuronRates());
    }

    /**
     * One seed of a network whose stationary state is reached slowly (e.g. plastic weights feeding back on rates): after
     * {@code minWarmupMs}, 1 s windows are run until every population's rate changes by less than 1 % (or 0.2 Hz) from
     * one window to the next and the slow variable (e.g. a mean plastic weight, whose average over many synapses is
     * nearly free of noise) by less than 0.1 %, at most until {@code maxWarmupMs}; then {@code blocks} blocks are
     * measured. Empty when still drifting at {@code maxWarmupMs}. {@code warmupUsedMs} receives the warm-up actually run.
     */
    static Optional<SpikingSamples> measureStationary(NetworkSpec spec, Registries registries, long seed, double minWarmupMs,
                                                      double maxWarmupMs, int blocks, int threads, Consumer<SpikingEngine> atEnd,
                                                      ToDoubleFunction<SpikingEngine> slow, double[] warmupUsedMs) {
        List<PopulationSpec> pops = spec.populations();
        int window = (int) Math.round(1000 / DT_MS);
        int maxSteps = (int) Math.round(maxWarmupMs / DT_MS) + blocks * BLOCK_STEPS;
        SimulationSpec sim = new SimulationSpec(maxSteps * DT_MS, DT_MS, 0, seed);
        try (SpikingEngine engine = new SpikingEngine(SpikingNetwork.build(spec, sim, registries), threads)) {
            int step = (int) Math.round(minWarmupMs / DT_MS);
            engine.run(step);
            double[] previous = null;
            double previousSlow = Double.NaN;
            while (true) {
                engine.run(window);
                double[] rates = populationRates(engine.spikes(), pops, step, step + window);
                step += window;
                double now = slow.applyAsDouble(engine);
                boolean slowSettled = Math.abs(now - previousSlow) <= 1e-3 * Math.abs(previousSlow);
                if (previous != null && settled(previous, rates) && slowSettled) {
                    break;
                }
                previousSlow = now;
                if (step * DT_MS >= maxWarmupMs) {
                    warmupUsedMs[0] = step * DT_MS;
                    return Optional.empty();
                }
                previous = rates;
            }
            warmupUsedMs[0] = step * DT_MS;
            engine.run(blocks * BLOCK_STEPS);
            Observed o = observe(engine.spikes(), pops, step, blocks);
            atEnd.accept(engine);
            return Optional.of(new SpikingSamples(batchMeans(o.blockRates()), o.cv(), o.neuronRates()));
        }
    }

    /** Per population: the rates of {@code blocks} 100 ms blocks from {@code fromStep}, the CV over them, per-neuron rates. */
    private record Observed(double[][] blockRates, double[] cv, double[][] neuronRates) {
    }

    private static Observed observe(SpikeTrains spikes, List<PopulationSpec> pops, int fromStep, int blocks) {
        int toStep = fromStep + blocks * BLOCK_STEPS;
        double[][] blockRates = new double[pops.size()][blocks];
        double[] cv = new double[pops.size()];
        double[][] neuronRates = new double[pops.size()][];
        int offset = 0;
        for (int p = 0; p < pops.size(); p++) {
            int size = pops.get(p).size();
            for (int b = 0; b < blocks; b++) {
                int from = fromStep + b * BLOCK_STEPS;
                blockRates[p][b] = SpikeStatistics.of(spikes, offset, offset + size, from, from + BLOCK_STEPS, DT_MS).rateHz();
            }
            cv[p] = SpikeStatistics.of(spikes, offset, offset + size, fromStep, toStep, DT_MS).cvIsi();
            neuronRates[p] = spikes.neuronRatesHz(offset, offset + size, fromStep, toStep, DT_MS);
            offset += size;
        }
        return new Observed(blockRates, cv, neuronRates);
    }

    private static double[] populationRates(SpikeTrains spikes, List<PopulationSpec> pops, int fromStep, int toStep) {
        double[] rates = new double[pops.size()];
        int offset = 0;
        for (int p = 0; p < pops.size(); p++) {
            rates[p] = SpikeStatistics.of(spikes, offset, offset + pops.get(p).size(), fromStep, toStep, DT_MS).rateHz();
            offset += pops.get(p).size();
        }
        return rates;
    }

    private static BatchMeans[] batchMeans(double[][] blockRates) {
        BatchMeans[] rates = new BatchMeans[blockRates.length];
        for (int p = 0; p < rates.length; p++) {
            rates[p] = BatchMeans.of(blockRates[p]);
        }
        return rates;
    }

    private static boolean settled(double[] previous, double[] rates) {
        for (int p = 0; p < rates.length; p++) {
            double change = Math.abs(rates[p] - previous[p]);
            if (change > Math.max(0.01 * Math.abs(previous[p]), 0.2)) {
                return false;
            }
        }
        return true;
    }

    BatchMeans rate(int population) {
        return rates[population];
    }

    double cv(int population) {
        return cv[population];
    }

    /** The per-neuron rates (Hz) of the last seed's run, over the counted time. */
    double[] neuronRates(int population) {
        return neuronRates[population].clone();
    }
}
