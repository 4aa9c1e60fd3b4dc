package org.ratenet.validation;

import java.util.List;
import java.util.Optional;

/**
 * What one suite did: its checks, or why it did not apply.
 *
 * @param name the suite
 * @param notApplicable why it was not run, or empty
 * @param checks its results (empty when not applicable)
 * @param wallSeconds how long it took
 */
public record SuiteReport(String name, Optional<String> notApplicable, List<CheckResult> checks, double wallSeconds) {

    public SuiteReport {
        checks = List.copyOf(checks);
    }
}
