package org.ratenet.api.registry;

import java.util.Map;

import jakarta.inject.Inject;

import org.ratenet.api.model.ConnectivityRule;
import org.ratenet.api.model.GainFunction;
import org.ratenet.api.model.Kind;
import org.ratenet.api.model.NeuronModel;
import org.ratenet.api.model.PlasticityRule;

/**
 * The registries of the components a spec names: neuron models, gain functions, connectivity and
 * plasticity rules. Levels, which consume specs and take these registries in their constructors, are
 * kept apart (see {@code Ratenet.levels()}). Built by Guice from the modules' map bindings, or by hand.
 */
public final class Registries {

    private final Registry<NeuronModel<?>> neuronModels;
    private final Registry<Kind<GainFunction>> gains;
    private final Registry<Kind<ConnectivityRule>> connectivityRules;
    private final Registry<Kind<PlasticityRule>> plasticityRules;

    @Inject
    public Registries(Map<String, NeuronModel<?>> neuronModels, Map<String, Kind<GainFunction>> gains,
                      Map<String, Kind<ConnectivityRule>> connectivityRules,
                      Map<String, Kind<PlasticityRule>> plasticityRules) {
        this.neuronModels = new Registry<>("neuron model", neuronModels);
        this.gains = new Registry<>("gain function", gains);
        this.connectivityRules = new Registry<>("connectivity rule", connectivityRules);
        this.plasticityRules = new Registry<>("plasticity rule", plasticityRules);
    }

    public Registry<NeuronModel<?>> neuronModels() {
        return neuronModels;
    }

    public Registry<Kind<GainFunction>> gains() {
        return gains;
    }

    public Registry<Kind<ConnectivityRule>> connectivityRules() {
        return connectivityRules;
    }

    public Registry<Kind<PlasticityRule>> plasticityRules() {
        return plasticityRules;
    }
}
