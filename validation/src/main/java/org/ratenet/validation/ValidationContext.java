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
 * constructing them. {@code simulationThreads} is how many threads each spiking simulation of a suite uses (its spikes
 * do not depend on it): 2 by default, 1 where suites run as tasks of an engine, which gives every task one core.
 */
public record ValidationContext(Tier tier, long seed, Ratenet ratenet, Optional<ExperimentSpec> experiment, int simulationThreads) {

    /** Threads of a suite's spiking simulations unless said otherwise. */
    public static final int DEFAULT_SIMULATION_THREADS = 2;

    public ValidationContext {
        Require.nonNull("tier", tier);
        Require.nonNull("ratenet", ratenet);
        Require.nonNull("experiment", experiment);
        Require.atLeast("simulationThreads", simulationThreads, 1);
    }

    public ValidationContext(Tier tier, long seed, Ratenet ratenet, Optional<ExperimentSpec> experiment) {
        this(tier, seed, ratenet, experiment, DEFAULT_SIMULATION_THREADS);
    }

    /** This context with each spiking simulation on {@code threads} threads. */
    public ValidationContext withSimulationThreads(int threads) {
        return new ValidationContext(tier, seed, ratenet, experiment, threads);
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
