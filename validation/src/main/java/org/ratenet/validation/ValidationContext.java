package org.ratenet.validation;

import java.util.Optional;

import org.ratenet.api.error.Require;
import org.ratenet.api.registry.Registries;
import org.ratenet.api.spec.ExperimentSpec;

/**
 * What a suite runs against: the tier, the seed every check derives its streams from, the registries (with the user's
 * models), and the user's experiment when one was given (suites then check that model; without one they check generated
 * models over their parameter region).
 */
public record ValidationContext(Tier tier, long seed, Registries registries, Optional<ExperimentSpec> experiment) {

    public ValidationContext {
        Require.nonNull("tier", tier);
        Require.nonNull("registries", registries);
        Require.nonNull("experiment", experiment);
    }

    /** {@code quick} cases in the quick tier, {@code full} in the full tier. */
    public int cases(int quick, int full) {
        return tier == Tier.QUICK ? quick : full;
    }
}
