package org.ratenet.validation;

import java.util.Optional;

import org.ratenet.api.error.Require;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.model.Level;
import org.ratenet.api.registry.Registries;
import org.ratenet.api.spec.ExperimentSpec;

/**
 * What a suite runs against: the tier, the seed every check derives its streams from, ratenet with its registries and
 * levels (the user's models and levels included), and the user's experiment when one was given (suites then check that
 * model; without one they check generated models over their parameter region). Suites obtain levels here, never by
 * constructing them.
 */
public record ValidationContext(Tier tier, long seed, Ratenet ratenet, Optional<ExperimentSpec> experiment) {

    public ValidationContext {
        Require.nonNull("tier", tier);
        Require.nonNull("ratenet", ratenet);
        Require.nonNull("experiment", experiment);
    }

    /** The registries of neuron models, gain functions, connectivity and plasticity rules. */
    public Registries registries() {
        return experiment.map(e -> ratenet.registries().with(e.network())).orElse(ratenet.registries());
    }

    /** The registered level of this name, as the type the suite uses. */
    public <L extends Level<?>> L level(String name, Class<L> type) {
        return level(ratenet, name, type);
    }

    /** The registered level of this name in {@code ratenet}, as {@code type}; a clear error if it is another kind of level. */
    public static <L extends Level<?>> L level(Ratenet ratenet, String name, Class<L> type) {
        Level<?> level = ratenet.levels().get(name);
        if (!type.isInstance(level)) {
            throw new IllegalStateException("level '" + name + "' is a " + level.getClass().getName() + ", where this suite needs a "
                    + type.getName());
        }
        return type.cast(level);
    }

    /** {@code quick} cases in the quick tier, {@code full} in the full tier. */
    public int cases(int quick, int full) {
        return tier == Tier.QUICK ? quick : full;
    }
}
