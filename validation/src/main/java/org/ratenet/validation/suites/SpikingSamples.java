package org.ratenet.validation.suites;

import java.util.List;
import java.util.function.Consumer;

import org.ratenet.api.registry.Registries;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.PopulationSpec;
import org.ratenet.api.spec.SimulationSpec;
import org.ratenet.spiking.engine.SpikeStatistics;
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
        double[][] blockRates = new double[pops.size()][seeds * blocks];
        double[] cv = new double[pops.size()];
        double[][] neuronRates = new double[pops.size()][];
        int warmupSteps = (int) Math.round(warmupMs / DT_MS);
        int blockSteps = (int) Math.round(BLOCK_MS / DT_MS);
        int steps = warmupSteps + blocks * blockSteps;
        for (int s = 0; s < seeds; s++) {
            SimulationSpec sim = new SimulationSpec(steps * DT_MS, DT_MS, warmupMs, seed + s);
            try (SpikingEngine engine = new SpikingEngine(SpikingNetwork.build(spec, sim, registries), threads)) {
                engine.run(steps);
                int offset = 0;
                for (int p = 0; p < pops.size(); p++) {
                    int size = pops.get(p).size();
                    for (int b = 0; b < blocks; b++) {
                        int from = warmupSteps + b * blockSteps;
                        blockRates[p][s * blocks + b] = SpikeStatistics.of(engine.spikes(), offset, offset + size, from, from + blockSteps, DT_MS).rateHz();
                    }
                    cv[p] += SpikeStatistics.of(engine.spikes(), offset, offset + size, warmupSteps, steps, DT_MS).cvIsi() / seeds;
                    neuronRates[p] = new double[size];
                    offset += size;
                }
                countNeuronRates(engine, warmupSteps, steps, neuronRates);
                atEnd.accept(engine);
            }
        }
        BatchMeans[] rates = new BatchMeans[pops.size()];
        for (int p = 0; p < rates.length; p++) {
            rates[p] = BatchMeans.of(blockRates[p]);
        }
        return new SpikingSamples(rates, cv, neuronRates);
    }

    /** Per-neuron rates (Hz) over [from, to) steps, into the arrays of each population in order. */
    private static void countNeuronRates(SpikingEngine engine, int from, int to, double[][] out) {
        double perSpike = 1000 / ((to - from) * DT_MS);
        for (int k = 0; k < engine.spikes().size(); k++) {
            int step = engine.spikes().step(k);
            if (step < from || step >= to) {
                continue;
            }
            int n = engine.spikes().neuron(k);
            int p = 0;
            while (n >= out[p].length) {
                n -= out[p].length;
                p++;
            }
            out[p][n] += perSpike;
        }
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
