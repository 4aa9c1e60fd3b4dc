package org.ratenet.validation;

import java.util.List;
import java.util.Optional;

/**
 * A group of checks between two levels (or of one model), run by {@link Validator} and reported per check. A suite
 * says whether it applies to an experiment; with no experiment it checks its own generated parameter region.
 */
public interface ValidationSuite {

    /** A short identifier, e.g. {@code meanfield-spiking}. */
    String name();

    /** Why the suite does not apply to the context's experiment, or empty when it does. */
    Optional<String> notApplicable(ValidationContext context);

    /** Runs the checks. */
    List<CheckResult> run(ValidationContext context);
}
