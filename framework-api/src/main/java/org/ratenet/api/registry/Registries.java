package org.ratenet.api.registry;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.ratenet.api.model.ConnectivityRule;
import org.ratenet.api.model.GainFunction;
import org.ratenet.api.model.Kind;
import org.ratenet.api.model.NeuronModel;
import org.ratenet.api.model.PlasticityRule;
import org.ratenet.api.spec.InvalidSpecException;
import org.ratenet.api.spec.NetworkSpec;

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

    /**
     * These registries with the neuron models {@code network} defines itself ({@link NetworkSpec#models()}), which every
     * level resolves its populations in; this instance if it defines none. A defined model may not take the name of a
     * registered one.
     */
    public Registries with(NetworkSpec network) {
        return withModels(network.models().values());
    }

    /** These registries with more neuron models, none of which may take a registered name; this instance for none. */
    public Registries withModels(java.util.Collection<? extends NeuronModel<?>> more) {
        if (more.isEmpty()) {
            return this;
        }
        Map<String, NeuronModel<?>> models = new LinkedHashMap<>(neuronModels.asMap());
        more.forEach(model -> {
            String name = model.name();
            NeuronModel<?> before = models.putIfAbsent(name, model);
            if (before != null && !before.equals(model)) {
                throw new InvalidSpecException("models." + name, "'" + name + "' is already a registered neuron model; give the model "
                        + "defined in the experiment another name", null);
            }
        });
        return new Registries(models, gains.asMap(), connectivityRules.asMap(), plasticityRules.asMap());
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
