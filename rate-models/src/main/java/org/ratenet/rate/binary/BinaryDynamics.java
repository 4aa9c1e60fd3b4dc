package org.ratenet.rate.binary;

import org.apache.commons.rng.UniformRandomProvider;
import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;
import org.ratenet.api.spec.WeightMatrix;

/**
 * A binary network: unit i is on when its field h_i = Σ_j W_ij s_j + b_i − θ_i is positive (b an external
 * field). States are ±1 ({@link Coding#PLUS_MINUS}) or 0/1 ({@link Coding#ZERO_ONE}); a field of exactly 0
 * turns a unit off. Updates are synchronous (all fields from the old state) or asynchronous (one unit at a
 * time, in a uniformly random order drawn from the caller's seeded stream: same seed, same trajectory).
 */
public final class BinaryDynamics {

    /** How states are written. */
    public enum Coding {
        PLUS_MINUS(-1), ZERO_ONE(0);

        private final double off;

        Coding(double off) {
            this.off = off;
        }

        public double off() {
            return off;
        }
    }

    private final WeightMatrix weights;
    private final double[] thresholds;
    private final double[] field;
    private final Coding coding;

    public BinaryDynamics(WeightMatrix weights, double[] thresholds, double[] externalField, Coding coding) {
        int n = Require.nonNull("weights", weights).rows();
        if (weights.columns() != n) {
            throw new InvalidParameterException("weights", weights, "a square matrix");
        }
        if (thresholds.length != n || externalField.length != n) {
            throw new InvalidParameterException("thresholds.length", thresholds.length, "= number of units " + n);
        }
        this.weights = weights;
        this.thresholds = thresholds.clone();
        this.field = externalField.clone();
        this.coding = Require.nonNull("coding", coding);
    }

    public int size() {
        return thresholds.length;
    }

    /** h_i for the current state. */
    public double localField(int i, double[] state) {
        double h = field[i] - thresholds[i];
        for (int j = 0; j < state.length; j++) {
            double w = weights.get(i, j);
            if (w != 0) {
                h += w * state[j];
            }
        }
        return h;
    }

    /** One synchronous update of all units into {@code next}; returns the number of units that changed. */
    public int updateSynchronously(double[] state, double[] next) {
        int changed = 0;
        for (int i = 0; i < state.length; i++) {
            next[i] = localField(i, state) > 0 ? 1 : coding.off();
            changed += next[i] != state[i] ? 1 : 0;
        }
        return changed;
    }

    /** One sweep of n single-unit updates in random order (each unit drawn uniformly); returns the changes. */
    public int updateAsynchronously(double[] state, UniformRandomProvider random) {
        int changed = 0;
        for (int k = 0; k < state.length; k++) {
            int i = random.nextInt(state.length);
            double s = localField(i, state) > 0 ? 1 : coding.off();
            changed += s != state[i] ? 1 : 0;
            state[i] = s;
        }
        return changed;
    }

    /** Sweeps asynchronously until a sweep changes nothing or {@code maxSweeps}; returns the sweeps used. */
    public int relax(double[] state, UniformRandomProvider random, int maxSweeps) {
        for (int sweep = 1; sweep <= maxSweeps; sweep++) {
            if (updateAsynchronously(state, random) == 0) {
                return sweep;
            }
        }
        return maxSweeps;
    }

    /**
     * E = −½ Σ_ij W_ij s_i s_j − Σ_i (b_i − θ_i) s_i, which no asynchronous update raises when W is symmetric with
     * a non-negative diagonal (Hopfield 1982).
     */
    public double energy(double[] state) {
        double e = 0;
        for (int i = 0; i < state.length; i++) {
            double h = 0;
            for (int j = 0; j < state.length; j++) {
                h += weights.get(i, j) * state[j];
            }
            e -= 0.5 * state[i] * h + (field[i] - thresholds[i]) * state[i];
        }
        return e;
    }
}
