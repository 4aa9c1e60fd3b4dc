package org.ratenet.api.dynamics;

/**
 * Refractoriness, threshold and reset of integrate-and-fire neurons, as the cheap second pass after a model's membrane
 * pass (e.g. {@link ConductanceMembranePass}), vectorised where the Vector API is present ({@link VectorSupport}) with
 * the same result either way. For each neuron of the range, in order: while its refractory counter is positive, V is
 * held at V_reset and the counter counts down; otherwise a V at or above V_th fires (V ← V_reset, the counter ←
 * t_ref/dt) and a NaN or a V below −10⁶ mV ends the run through the model's {@link Divergence}.
 */
public final class ThresholdPass {

    /** |V| beyond this (mV) is a runaway. */
    public static final double RUNAWAY_MV = 1e6;

    /** How the model reports a diverged neuron (e.g. {@code (step, i, v) -> context.diverged(step, i, "V = " + v + " mV")}). */
    @FunctionalInterface
    public interface Divergence {
        RuntimeException at(long step, int neuron, double voltageMv);
    }

    private final double thresholdMv;
    private final double resetMv;
    private final int refractorySteps;
    private final Divergence divergence;
    private final boolean vectorised;

    public ThresholdPass(double thresholdMv, double resetMv, int refractorySteps, Divergence divergence) {
        this.thresholdMv = thresholdMv;
        this.resetMv = resetMv;
        this.refractorySteps = refractorySteps;
        this.divergence = divergence;
        this.vectorised = VectorSupport.available();
    }

    /**
     * Applies the pass to neurons [from, to) after step {@code step}'s membrane update and writes the neurons that fired,
     * in order, to {@code fired} from index {@code from} on (so that threads with disjoint ranges share the array);
     * returns the index after the last.
     */
    public int apply(int from, int to, long step, double[] voltage, int[] refractory, int[] fired) {
        return apply(from, to, step, voltage, refractory, fired, vectorised && VectorSupport.ready());
    }

    /** The pass in the given form (the vector one only where {@link VectorSupport#available()}); for tests. */
    int apply(int from, int to, long step, double[] voltage, int[] refractory, int[] fired, boolean vector) {
        return vector ? VectorThresholdKernel.apply(from, to, step, voltage, refractory, fired, this)
                : applyScalar(from, to, step, voltage, refractory, fired, from);
    }

    /** The scalar pass over [from, to), writing fired neurons from index {@code next}; also the vector pass's tail. */
    int applyScalar(int from, int to, long step, double[] voltage, int[] refractory, int[] fired, int next) {
        for (int i = from; i < to; i++) {
            int r = refractory[i];
            if (r > 0) {
                voltage[i] = resetMv;
                refractory[i] = r - 1;
            } else {
                next = fireOrCheck(i, step, voltage, refractory, fired, next);
            }
        }
        return next;
    }

    /**
     * Neuron i, not refractory, with its new V in {@code voltage[i]}: fires at or above threshold (V ← V_reset, the
     * counter ← t_ref/dt, i noted at {@code fired[next]}), or ends the run on a NaN or runaway V. Returns the next free
     * index of {@code fired}. For a model's own loops (the LIF's delta loop fuses its drive).
     */
    public int fireOrCheck(int i, long step, double[] voltage, int[] refractory, int[] fired, int next) {
        double v = voltage[i];
        if (v >= thresholdMv) {
            voltage[i] = resetMv;
            refractory[i] = refractorySteps;
            fired[next] = i;
            return next + 1;
        }
        if (!(v > -RUNAWAY_MV)) {
            throw divergence.at(step, i, v);
        }
        return next;
    }

    double thresholdMv() {
        return thresholdMv;
    }

    double resetMv() {
        return resetMv;
    }
}
