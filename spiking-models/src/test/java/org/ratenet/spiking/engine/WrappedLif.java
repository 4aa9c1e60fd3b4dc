package org.ratenet.spiking.engine;

import java.util.Set;

import org.ratenet.api.dynamics.PopulationContext;
import org.ratenet.api.dynamics.PopulationDynamics;
import org.ratenet.api.dynamics.SpikingNeuronModel;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.param.ParameterSchema;
import org.ratenet.api.param.ParameterSet;

/** The built-in LIF under another name, for the spiking level, with dynamics that a test wraps around the LIF's own. */
abstract class WrappedLif implements SpikingNeuronModel<Record> {

    private final SpikingNeuronModel<Record> lif;
    private final String name;

    @SuppressWarnings("unchecked")
    WrappedLif(Ratenet ratenet, String name) {
        this.lif = (SpikingNeuronModel<Record>) ratenet.neuronModels().get("lif");
        this.name = name;
    }

    /** The dynamics of the wrapped model, given the LIF's own for the same population. */
    abstract PopulationDynamics wrap(PopulationDynamics lifDynamics);

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final ParameterSchema parameters() {
        return lif.parameters();
    }

    @Override
    public final Record create(ParameterSet validated) {
        return lif.create(validated);
    }

    @Override
    public final Class<Record> parameterType() {
        return lif.parameterType();
    }

    @Override
    public final Set<String> supportedLevels() {
        return Set.of("spiking");
    }

    @Override
    public final PopulationDynamics dynamics(Record parameters, PopulationContext context) {
        return wrap(lif.dynamics(parameters, context));
    }
}
