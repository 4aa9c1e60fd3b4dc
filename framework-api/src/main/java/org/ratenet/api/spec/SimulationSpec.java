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

    public SimulationSpec {
        Require.positive("duration", durationMs, "ms");
        Require.positive("dt", dtMs, "ms");
        Require.nonNegative("warmup", warmupMs, "ms");
        if (dtMs > durationMs) {
            throw new InvalidParameterException("dt", Require.format(dtMs) + " ms", "<= duration = " + Require.format(durationMs) + " ms");
        }
        if (warmupMs >= durationMs) {
            throw new InvalidParameterException("warmup", Require.format(warmupMs) + " ms", "< duration = " + Require.format(durationMs) + " ms");
        }
    }

    @Override
    public String toString() {
        return Require.format(durationMs) + " ms at dt " + Require.format(dtMs) + " ms (warm-up " + Require.format(warmupMs)
                + " ms), seed " + seed;
    }
}
