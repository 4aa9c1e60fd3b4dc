package org.ratenet.api.registry;

import java.util.function.Supplier;

import org.ratenet.api.error.InvalidInputException;
import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.RatenetException;
import org.ratenet.api.model.ConnectivityRule;
import org.ratenet.api.model.NeuronModel;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.PopulationSpec;
import org.ratenet.api.spec.ProjectionSpec;
import org.ratenet.api.spec.InvalidSpecException;

/**
 * Checks a {@link NetworkSpec} against the registries: every neuron model, connectivity rule and
 * plasticity rule exists, its parameters fit its schema, and each connectivity rule can connect the
 * sizes it is given. The first problem is thrown as an {@link InvalidSpecException} with its path.
 */
public final class SpecChecker {

    private final Registries registries;

    public SpecChecker(Registries registries) {
        this.registries = registries;
    }

    public void check(NetworkSpec spec) {
        Registries registries = this.registries.with(spec);
        for (PopulationSpec p : spec.populations()) {
            String path = "populations." + p.name() + ".neuron";
            NeuronModel<?> model = at(path, () -> registries.neuronModels().get(p.neuron().kind()));
            at(path, () -> model.build(p.neuron().parameters()));
        }
        for (ProjectionSpec p : spec.projections()) {
            String path = "projections[" + p.name() + "]";
            ComponentSpec c = p.connectivity();
            ConnectivityRule rule = at(path + ".connectivity",
                    () -> registries.connectivityRules().get(c.kind()).build(c.parameters()));
            int sourceSize = spec.population(p.source()).orElseThrow().size();
            int targetSize = spec.population(p.target()).orElseThrow().size();
            at(path + ".connectivity", () -> {
                rule.checkSizes(sourceSize, targetSize, p.source().equals(p.target()));
                return rule;
            });
            p.plasticityRule().ifPresent(r -> at(path + ".plasticity",
                    () -> registries.plasticityRules().get(r.kind()).build(r.parameters())));
        }
    }

    /** Runs a lookup or build, turning its failure into an {@link InvalidSpecException} at {@code path}. */
    private static <T> T at(String path, Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidParameterException e) {
            throw new InvalidSpecException(path + "." + e.parameter(), e.getMessage(), e);
        } catch (RatenetException | InvalidInputException e) {
            throw new InvalidSpecException(path, e.getMessage(), e);
        }
    }
}
