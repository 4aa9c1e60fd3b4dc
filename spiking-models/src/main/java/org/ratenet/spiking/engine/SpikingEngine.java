package org.ratenet.spiking.engine;

import org.ratenet.api.error.DivergenceException;
import org.ratenet.api.error.Require;

/**
 * Advances a {@link SpikingNetwork} in time steps of dt. Each step: every neuron draws its Poisson count from its
 * own stream (always, so streams stay aligned), reads and clears its ring-buffer slot, and, unless refractory,
 * integrates exactly and fires at threshold; then the step's spikes are delivered along each projection into the
 * ring slot {@code delay} steps ahead. Spikes are recorded as (step, neuron).
 */
public final class SpikingEngine {

    private final SpikingNetwork net;
    private final double[] ring;
    private final int slots;
    private final int[] firedThisStep;
    private final SpikeTrains spikes = new SpikeTrains();
    private int step;

    public SpikingEngine(SpikingNetwork net) {
        this.net = net;
        this.slots = net.ringSlots;
        this.ring = new double[slots * net.neurons];
        this.firedThisStep = new int[net.neurons];
    }

    public SpikeTrains spikes() {
        return spikes;
    }

    public int currentStep() {
        return step;
    }

    /** Runs {@code steps} steps. */
    public void run(int steps) {
        Require.atLeast("steps", steps, 0);
        int n = net.neurons;
        for (int s = 0; s < steps; s++, step++) {
            int slot = (step % slots) * n;
            int fired = 0;
            for (LifPopulation pop : net.populations) {
                fired = update(pop, slot, fired);
            }
            for (int k = 0; k < fired; k++) {
                spikes.add(step, firedThisStep[k]);
            }
            deliver(fired);
        }
    }

    private int update(LifPopulation pop, int slot, int fired) {
        double p = pop.propagator;
        double rest = pop.restingMv;
        double drive = pop.constantDriveMv;
        double jump = pop.poissonJumpMv;
        double[] v = pop.voltage;
        int[] ref = pop.refractory;
        for (int i = 0; i < pop.size; i++) {
            int g = pop.offset + i;
            double input = ring[slot + g] + pop.poisson.sample(pop.streams[i]) * jump;
            ring[slot + g] = 0;
            if (ref[i] > 0) {
                ref[i]--;
                continue;
            }
            double vi = rest + (v[i] - rest) * p + drive + input;
            if (vi >= pop.thresholdMv) {
                vi = pop.resetMv;
                ref[i] = pop.refractorySteps;
                firedThisStep[fired++] = g;
            } else if (!(Math.abs(vi) < 1e6)) {
                throw new DivergenceException(step * net.dtMs, pop.name, i, "V = " + vi + " mV");
            }
            v[i] = vi;
        }
        return fired;
    }

    private void deliver(int fired) {
        int n = net.neurons;
        for (Projection proj : net.projections) {
            LifPopulation source = net.populations.get(proj.sourcePopulation());
            int base = ((step + proj.delaySteps()) % slots) * n;
            float w = proj.weight();
            int[] rowStart = proj.rowStart();
            int[] targets = proj.targets();
            for (int k = 0; k < fired; k++) {
                int local = firedThisStep[k] - source.offset;
                if (local < 0 || local >= source.size) {
                    continue;
                }
                for (int j = rowStart[local]; j < rowStart[local + 1]; j++) {
                    ring[base + targets[j]] += w;
                }
            }
        }
    }
}
