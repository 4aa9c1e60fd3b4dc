package org.ratenet.api.dynamics;

import java.util.Arrays;

/**
 * Runs every vector kernel on scratch data until the JIT compiler has compiled it (4000 calls over 256 neurons), so that
 * a simulation switches from the scalar twins to compiled vector code instead of interpreted vector code. The data take
 * every branch a network can take (spikes, refractory neurons, now and then a conductance beyond the polynomial's
 * range), so that the compiled kernels have no untaken branch that would send them back to the interpreter in the middle
 * of a run (which costs tenths of a second). Touches no state of any network.
 */
final class VectorWarmUp {

    private static final int NEURONS = 256;
    private static final int CALLS = 4000;

    private VectorWarmUp() {
    }

    static void run() {
        double[] voltage = new double[NEURONS];
        int[] refractory = new int[NEURONS];
        int[] fired = new int[NEURONS];
        int[] deferred = new int[NEURONS];
        double[] x0 = new double[NEURONS];
        double[] x1 = new double[NEURONS];
        double[] total = new double[NEURONS];
        double[] driven = new double[NEURONS];
        double[] in = new double[3 * NEURONS];
        double[] halfDecay = {Math.exp(-0.01), Math.exp(-0.005)};
        double[] halfDecayTimesReversal = {0, -80 * Math.exp(-0.005)};
        double[] decay = {Math.exp(-0.02), Math.exp(-0.01)};
        ThresholdPass thresholds = new ThresholdPass(-50, -60, 50, (k, i, v) -> new IllegalStateException("warm-up diverged"));
        for (int call = 0; call < CALLS; call++) {
            Arrays.fill(voltage, -58);
            for (int i = call % 16; i < NEURONS; i += 16) { // some input, some spikes, some refractory neurons
                in[NEURONS + i] = 6;
                in[2 * NEURONS + i] = 67;
                voltage[i] = -49;
                refractory[(i + 5) % NEURONS] = 3;
            }
            if (call % 64 == 0) { // a conductance beyond the polynomial's range for a while (dt G / C > 0.5: the exact branch)
                in[NEURONS + (call * 37) % NEURONS] = 3000;
            }
            VectorConductanceKernel.advanceTwoChannelsAndFire(0, NEURONS, call, voltage, refractory, fired, deferred, thresholds, in, 0, x0, NEURONS,
                    x1, 2 * NEURONS, halfDecay, halfDecayTimesReversal, decay, 10, -600, 0.0005, total, driven);
            VectorConductanceKernel.sumAndAdvanceChannel(0, NEURONS, x0, in, NEURONS, true, total, driven, halfDecay[0], halfDecayTimesReversal[0],
                    decay[0], 10, -600);
            VectorConductanceKernel.stepMembrane(0, NEURONS, voltage, in, 0, total, driven, 0.0005);
            VectorThresholdKernel.apply(0, NEURONS, call, voltage, refractory, fired, thresholds);
        }
    }
}
