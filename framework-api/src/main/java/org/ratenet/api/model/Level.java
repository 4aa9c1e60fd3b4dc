package org.ratenet.api.model;

import org.ratenet.api.result.Result;
import org.ratenet.api.spec.ExperimentSpec;
import org.ratenet.api.spec.NetworkSpec;

/**
 * One way of evaluating a network description: the conductance derivation, the rate network, the
 * mean field, the spiking simulation. A level that cannot represent a spec says why with an
 * {@code UnsupportedSpecException} naming the feature; it never silently approximates. Results carry
 * the validity conditions that were violated as warnings.
 *
 * @param <R> what the level produces
 */
public interface Level<R extends Result> {

    /** Names of the levels ratenet ships; a user level may take any other name. */
    String CONDUCTANCE = "conductance";
    String RATE = "rate";
    String MEANFIELD = "meanfield";
    String SPIKING = "spiking";

    /** The registered name, e.g. {@code meanfield}. */
    String name();

    /** Throws {@code UnsupportedSpecException} for the first feature of {@code spec} this level cannot represent. */
    void checkSupported(NetworkSpec spec);

    /** Evaluates the spec; calls {@link #checkSupported} first. */
    R evaluate(NetworkSpec spec);

    /**
     * Evaluates an experiment: levels that run in time use its duration, time step and seed; the default
     * evaluates the network alone.
     */
    default R evaluate(ExperimentSpec experiment) {
        return evaluate(experiment.network());
    }
}
