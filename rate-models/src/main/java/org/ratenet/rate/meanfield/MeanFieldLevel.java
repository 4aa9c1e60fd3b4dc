package org.ratenet.rate.meanfield;

import jakarta.inject.Inject;

import org.ratenet.api.model.Level;
import org.ratenet.api.registry.Registries;
import org.ratenet.api.spec.NetworkSpec;

/**
 * The {@code meanfield} level: the stationary population rates of a spiking network with current-based synapses and
 * Poisson drive, as the self-consistent fixed points of its neuron models' transfer functions (Siegert for the LIF).
 */
public final class MeanFieldLevel implements Level<MeanFieldResult> {

    private final Registries registries;
    private final MeanFieldSolver solver;

    @Inject
    public MeanFieldLevel(Registries registries) {
        this(registries, new MeanFieldSolver());
    }

    public MeanFieldLevel(Registries registries, MeanFieldSolver solver) {
        this.registries = registries;
        this.solver = solver;
    }

    @Override
    public String name() {
        return Level.MEANFIELD;
    }

    @Override
    public void checkSupported(NetworkSpec spec) {
        MeanFieldModel.of(spec, registries);
    }

    /**
     * Homogeneous when every projection gives a fixed in-degree; otherwise the heterogeneous mean field
     * over {@link HeterogeneousMeanField#DEFAULT_SAMPLES} sampled neurons per population (seed 1).
     */
    @Override
    public MeanFieldResult evaluate(NetworkSpec spec) {
        MeanFieldModel model = MeanFieldModel.of(spec, registries);
        boolean fixed = spec.projections().stream().allMatch(p -> registries.connectivityRules()
                .get(p.connectivity().kind()).build(p.connectivity().parameters()).fixedInDegree());
        return solver.solve(fixed ? model
                : new HeterogeneousMeanField(spec, registries, HeterogeneousMeanField.DEFAULT_SAMPLES, 1));
    }
}
