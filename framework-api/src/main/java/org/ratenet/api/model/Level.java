package org.ratenet.api.model;

import org.ratenet.api.result.Result;
import org.ratenet.api.run.RunContext;
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

    /**
     * Everything {@link #evaluate(ExperimentSpec, RunContext)} would refuse for this experiment, before any work: an
     * {@code UnsupportedSpecException} when the level cannot represent it, an {@code InvalidInputException} when the
     * input is wrong for it (e.g. a delay below dt, a network larger than the heap). By default the network's check.
     */
    default void checkSupported(ExperimentSpec experiment) {
        checkSupported(experiment.network());
    }

    /**
     * {@link #checkSupported(ExperimentSpec)} and what the run context makes wrong for this experiment (e.g. more
     * threads than the spiking level can give work to). By default the experiment's check alone.
     */
    default void checkSupported(ExperimentSpec experiment, RunContext context) {
        checkSupported(experiment);
    }

    /** Evaluates the spec; calls {@link #checkSupported} first. */
    R evaluate(NetworkSpec spec);

    /**
     * Evaluates an experiment: levels that run in time use its duration, time step and seed; the default
     * evaluates the network alone.
     */
    default R evaluate(ExperimentSpec experiment) {
        return evaluate(experiment.network());
    }

    /**
     * Evaluates an experiment in a run context (threads, progress, checkpoints); levels that do not run in time ignore
     * the context. Every command, suite and {@code Experiment} goes through this method, so a level gets the context
     * wherever it runs. The result is the same for any context.
     */
    default R evaluate(ExperimentSpec experiment, RunContext context) {
        return evaluate(experiment);
    }
}
