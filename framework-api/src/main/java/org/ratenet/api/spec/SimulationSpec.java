package org.ratenet.api.spec;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;

/**
 * How to run an experiment: simulated duration (ms), time step dt (ms, default 0.1), warm-up excluded
 * from statistics (ms) and the master seed from which every neuron's, projection's and trial's random
 * stream is derived.
 */
public record SimulationSpec(double durationMs, double dtMs, double warmupMs, long seed) {

    public static final double DEFAULT_DT_MS = 0.1;

    /** The most time steps a run may have: 2³⁰ (29.8 h of model time at dt = 0.1 ms), so that step arithmetic never wraps. */
    public static final long MAX_STEPS = 1L << 30;

    /** The settings of an experiment that gives none: 1000 ms at 0.1 ms, the default warm-up (200 ms), seed 1. */
    public static final SimulationSpec DEFAULT = new SimulationSpec(1000, DEFAULT_DT_MS, defaultWarmupMs(1000), 1);

    public SimulationSpec {
        Require.positive("duration", durationMs, "ms");
        Require.positive("dt", dtMs, "ms");
        Require.nonNegative("warmup", warmupMs, "ms");
        if (dtMs > durationMs) {
            throw new InvalidParameterException("dt", Require.format(dtMs) + " ms", "<= duration = " + Require.format(durationMs) + " ms");
        }
        double steps = Math.rint(durationMs / dtMs);
        if (!(steps <= MAX_STEPS)) {
            throw new InvalidParameterException("duration", Require.format(durationMs) + " ms", "<= " + MAX_STEPS + " steps of dt = "
                    + Require.format(dtMs) + " ms, i.e. <= " + Require.display(MAX_STEPS * dtMs) + " ms (it is " + Require.display(steps) + " steps)");
        }
        if (warmupMs >= durationMs) {
            throw new InvalidParameterException("warmup", Require.format(warmupMs) + " ms", "< duration = " + Require.format(durationMs) + " ms");
        }
    }

    /** The number of time steps of the run, duration / dt rounded (at most {@link #MAX_STEPS}). */
    public int steps() {
        return (int) Math.round(durationMs / dtMs);
    }

    /** The number of warm-up steps, warm-up / dt rounded. */
    public int warmupSteps() {
        return (int) Math.round(warmupMs / dtMs);
    }

    /** The warm-up of a run that sets none: 200 ms, or half the run when that is shorter. A warm-up of 0 means none. */
    public static double defaultWarmupMs(double durationMs) {
        return Math.min(200, durationMs / 2);
    }

    /**
     * The same settings for another duration: the warm-up is kept when it is shorter than the new duration, and becomes
     * the {@linkplain #defaultWarmupMs default} for it otherwise.
     */
    public SimulationSpec withDuration(double newDurationMs) {
        Require.positive("duration", newDurationMs, "ms");
        return new SimulationSpec(newDurationMs, dtMs, warmupMs < newDurationMs ? warmupMs : defaultWarmupMs(newDurationMs), seed);
    }

    public SimulationSpec withSeed(long newSeed) {
        return new SimulationSpec(durationMs, dtMs, warmupMs, newSeed);
    }

    @Override
    public String toString() {
        return Require.format(durationMs) + " ms at dt " + Require.format(dtMs) + " ms (warm-up " + Require.format(warmupMs)
                + " ms), seed " + seed;
    }
}
