package org.ratenet.api.experiment;

import java.util.Map;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.result.Result;
import org.ratenet.api.spec.ExperimentSpec;

/**
 * What {@link Experiment#run} produced: each level's result by name, and the levels that could not represent the
 * network with their reason.
 *
 * @param experiment the experiment that ran
 * @param results level name → result, in the order the levels ran
 * @param notRun level name → why it did not run
 */
public record ExperimentResults(ExperimentSpec experiment, Map<String, Result> results, Map<String, String> notRun) {

    public ExperimentResults {
        results = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(results));
        notRun = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(notRun));
    }

    /** The result of {@code level}, as its type (e.g. {@code MeanFieldResult.class}). */
    public <R extends Result> R get(String level, Class<R> type) {
        Result r = results.get(level);
        if (r == null) {
            throw new InvalidParameterException("level", level, notRun.containsKey(level) ? "a level that ran (it did not: " + notRun.get(level) + ")"
                    : "one of the levels that ran: " + results.keySet());
        }
        return type.cast(r);
    }

    public boolean ran(String level) {
        return results.containsKey(level);
    }
}
