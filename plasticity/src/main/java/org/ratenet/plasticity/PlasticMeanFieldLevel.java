package org.ratenet.plasticity;

import jakarta.inject.Inject;

import org.ratenet.api.error.UnsupportedSpecException;
import org.ratenet.api.model.Level;
import org.ratenet.api.registry.Registries;
import org.ratenet.api.spec.ExperimentSpec;
import org.ratenet.api.spec.NetworkSpec;

/**
 * The {@code plastic_meanfield} level: {@link PlasticMeanField} with 400 sampled neurons per population, started at 5 Hz,
 * seeded by the experiment's seed.
 */
public final class PlasticMeanFieldLevel implements Level<PlasticMeanFieldResult> {

    public static final String NAME = "plastic_meanfield";
    static final int SAMPLES = 400;
    static final double START_HZ = 5;

    private final Registries registries;

    @Inject
    public PlasticMeanFieldLevel(Registries registries) {
        this.registries = registries;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void checkSupported(NetworkSpec spec) {
        if (spec.projections().stream().noneMatch(p -> p.plasticityRule().isPresent())) {
            throw new UnsupportedSpecException(NAME, "a network without plastic projections", "a plastic projection (the static mean field, "
                    + "level 'meanfield', solves static networks)");
        }
        new PlasticMeanField(spec, registries, 1, 1);
    }

    @Override
    public PlasticMeanFieldResult evaluate(NetworkSpec spec) {
        return new PlasticMeanField(spec, registries, SAMPLES, 1).solve(START_HZ);
    }

    @Override
    public PlasticMeanFieldResult evaluate(ExperimentSpec experiment) {
        return new PlasticMeanField(experiment.network(), registries, SAMPLES, experiment.simulation().seed()).solve(START_HZ);
    }
}
