package org.ratenet.spiking.engine;

import org.ratenet.api.neuron.LifParameters;

/**
 * The state and propagators of a population of LIF neurons, integrated exactly between steps (Rotter and Diesmann
 * 1999; NEST's iaf_psc_delta and iaf_psc_exp): with input channel 0 carrying PSP jumps (delta synapses, mV) and
 * channels c >= 1 exponentially decaying currents I_c (pA) of time constant τ_c,
 * <pre>
 *   V ← E_L + (V − E_L) e^{−dt/τ_m} + R I_e (1 − e^{−dt/τ_m}) + Σ_c P21_c I_c + jumps,
 *   P21_c = τ_c τ_m / (C_m (τ_m − τ_c)) (e^{−dt/τ_m} − e^{−dt/τ_c})   (h/C_m e^{−h/τ_m} when τ_c = τ_m),
 *   I_c ← I_c e^{−dt/τ_c} + (current jumps arriving in the step).
 * </pre>
 * With conductance channels (g_c in nS towards E_c) the step freezes every conductance at its midpoint value
 * g_c e^{−dt/2τ_c}, which makes V's equation linear, and integrates it exactly:
 * V ← V_∞ + (V − V_∞) e^{−dt G/C_m}, G = g_L + Σ g_c(mid), V_∞ = (g_L E_L + Σ g_c(mid) E_c + I_e)/G. The local error
 * is O(dt³) (second order overall; tested). While refractory V stays at V_reset and arriving PSP jumps are dropped
 * (Brunel 2000); synaptic currents and conductances keep evolving.
 * Structure of arrays; one seeded random stream per neuron for its Poisson drive.
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
    /** The Poisson drive's jump per input spike: mV on channel 0, pA on a current channel. */
    final double poissonJump;
    final int poissonChannel;
    final NeuronStreams streams;
    /**
     * Per channel c >= 1 (index 0 unused): the synaptic variable of every neuron (a current in pA, or a conductance
     * in nS), its decay e^{−dt/τ_c}, and P21_c for currents or e^{−dt/2τ_c} and the reversal E_c for conductances.
     */
    final double[][] current;
    final double[] currentDecay;
    final double[] currentToVoltage;
    final boolean[] conductance;
    final double[] halfStepDecay;
    final double[] reversalMv;
    final boolean anyConductance;
    final double leakConductanceNs;
    final double capacitancePf;
    final double constantCurrentPa;
    final double dtMs;

    LifPopulation(String name, int offset, int size, LifParameters p, double dtMs, double constantCurrentPa,
                  PoissonGuideTable poisson, double poissonJump, int poissonChannel, NeuronStreams streams, double[] channelTau,
                  double[] channelReversal) {
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
        this.poissonJump = poissonJump;
        this.poissonChannel = poissonChannel;
        this.streams = streams;
        int channels = channelTau.length;
        this.current = new double[channels][];
        this.currentDecay = new double[channels];
        this.currentToVoltage = new double[channels];
        this.conductance = new boolean[channels];
        this.halfStepDecay = new double[channels];
        this.reversalMv = channelReversal.clone();
        this.leakConductanceNs = p.leakConductanceNs();
        this.capacitancePf = p.capacitancePf();
        this.constantCurrentPa = constantCurrentPa;
        this.dtMs = dtMs;
        boolean any = false;
        for (int c = 1; c < channels; c++) {
            current[c] = new double[size];
            double tauS = channelTau[c];
            currentDecay[c] = Math.exp(-dtMs / tauS);
            halfStepDecay[c] = Math.exp(-dtMs / (2 * tauS));
            conductance[c] = !Double.isNaN(channelReversal[c]);
            any |= conductance[c];
            double tauM = p.tauMs();
            currentToVoltage[c] = Math.abs(tauM - tauS) < 1e-12 * tauM
                    ? dtMs / p.capacitancePf() * propagator
                    : tauS * tauM / (p.capacitancePf() * (tauM - tauS)) * (propagator - currentDecay[c]);
        }
        this.anyConductance = any;
    }
}
