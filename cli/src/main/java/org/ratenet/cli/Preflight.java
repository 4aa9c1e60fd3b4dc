package org.ratenet.cli;

import java.util.ArrayList;
import java.util.List;

import org.ratenet.api.error.InvalidInputException;
import org.ratenet.api.error.UnsupportedSpecException;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.run.RunContext;
import org.ratenet.api.spec.ExperimentSpec;

/**
 * Every check a level makes before it starts, run before any work (what {@code check} reports and {@code run} does
 * before writing its folder), so that "ok" means a run starts: input that is wrong for a level fails, a level that cannot
 * represent the experiment is left out, and an experiment no level can run fails with each level's reason.
 */
final class Preflight {

    private Preflight() {
    }

    /** The levels that can run the experiment (on one thread). */
    static List<String> levels(Ratenet ratenet, ExperimentSpec experiment) {
        return levels(ratenet, experiment, RunContext.DEFAULT);
    }

    /** The levels that can run the experiment in this context (its threads). */
    static List<String> levels(Ratenet ratenet, ExperimentSpec experiment, RunContext context) {
        List<String> ok = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (String name : ratenet.levels().names()) {
            try {
                ratenet.levels().get(name).checkSupported(experiment, context);
                ok.add(name);
            } catch (UnsupportedSpecException e) {
                reasons.add(e.getMessage());
            }
        }
        if (ok.isEmpty()) {
            throw new InvalidInputException("no level can run this experiment: " + String.join("; ", reasons));
        }
        return ok;
    }
}
