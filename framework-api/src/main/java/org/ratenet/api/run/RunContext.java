package org.ratenet.api.run;

import java.util.Optional;

import org.ratenet.api.error.Require;

/**
 * How to run a level, apart from what to run (the spec) and its simulation settings (the experiment's): threads, who
 * watches the progress, and checkpoints. Results never depend on it: the same spec and seed give the same bits on any
 * number of threads, observed or not, resumed or not.
 *
 * @param threads worker threads of a level that can use them, >= 1
 * @param observer progress and build reports
 * @param checkpoints checkpoints of a level that runs in time, if any
 */
public record RunContext(int threads, RunObserver observer, Optional<CheckpointPolicy> checkpoints) {

    /** One thread, nobody watching, no checkpoints. */
    public static final RunContext DEFAULT = new RunContext(1, RunObserver.NONE, Optional.empty());

    public RunContext {
        Require.atLeast("threads", threads, 1);
        Require.nonNull("observer", observer);
        Require.nonNull("checkpoints", checkpoints);
    }

    public RunContext withThreads(int n) {
        return new RunContext(n, observer, checkpoints);
    }

    public RunContext withObserver(RunObserver o) {
        return new RunContext(threads, o, checkpoints);
    }

    public RunContext withCheckpoints(CheckpointPolicy policy) {
        return new RunContext(threads, observer, Optional.of(policy));
    }
}
