package org.ratenet.spiking.engine;

import org.ratenet.api.neuron.LifParameters;

/**
 * The state and propagators of a population of LIF neurons with delta synapses (Brunel 2000), integrated
 * exactly between steps: V ← E_L + (V − E_L) e^{−dt/τ} + R I (1 − e^{−dt/τ}) + input, where input is the sum
 * of the PSP jumps arriving in the step (ignored while refractory, as in Brunel 2000 and NEST's
 * iaf_psc_delta). Structure of arrays; one seeded random stream per neuron for its Poisson drive.
 */
final class LifPopulation {

    final String name;
    final int offset;
    final int size;
    final double[] voltage;
    final int[] refractory;
    final double propagator;
    final double restingMv;
    final double constantDriveMv;
    final double thresholdMv;
    final double resetMv;
    final int refractorySteps;
    final PoissonGuideTable poisson;
    final double poissonJumpMv;
    final NeuronStreams streams;

    LifPopulation(String name, int offset, int size, LifParameters p, double dtMs, double constantCurrentPa,
                  PoissonGuideTable poisson, double poissonJumpMv, NeuronStreams streams) {
        this.name = name;
        this.offset = offset;
        this.size = size;
        this.voltage = new double[size];
        this.refractory = new int[size];
        this.propagator = Math.exp(-dtMs / p.tauMs());
        this.restingMv = p.restingMv();
        // R I (1 − e^{−dt/τ}) with R = τ / C_m
        this.constantDriveMv = p.tauMs() / p.capacitancePf() * constantCurrentPa * (1 - propagator);
        this.thresholdMv = p.thresholdMv();
        this.resetMv = p.resetMv();
        this.refractorySteps = (int) Math.round(p.refractoryMs() / dtMs);
        this.poisson = poisson;
        this.poissonJumpMv = poissonJumpMv;
        this.streams = streams;
    }
}
