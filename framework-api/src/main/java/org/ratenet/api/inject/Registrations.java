package org.ratenet.api.inject;

import com.google.inject.Binder;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.MapBinder;

import org.ratenet.api.model.ConnectivityRule;
import org.ratenet.api.model.GainFunction;
import org.ratenet.api.model.Kind;
import org.ratenet.api.model.Level;
import org.ratenet.api.model.NeuronModel;
import org.ratenet.api.model.PlasticityRule;

/**
 * The map binders behind the registries. In a module's {@code configure()}:
 * {@code Registrations.gains(binder()).addBinding("sigmoid").toInstance(SIGMOID_KIND)}, or the
 * shorthands {@code Registrations.addGain(binder(), kind)} that use the component's own name.
 */
public final class Registrations {

    static final TypeLiteral<NeuronModel<?>> NEURON_MODEL = new TypeLiteral<>() { };
    static final TypeLiteral<Kind<GainFunction>> GAIN = new TypeLiteral<>() { };
    static final TypeLiteral<Kind<ConnectivityRule>> CONNECTIVITY = new TypeLiteral<>() { };
    static final TypeLiteral<Kind<PlasticityRule>> PLASTICITY = new TypeLiteral<>() { };
    static final TypeLiteral<Level<?>> LEVEL = new TypeLiteral<>() { };

    private Registrations() {
    }

    public static MapBinder<String, NeuronModel<?>> neuronModels(Binder binder) {
        return MapBinder.newMapBinder(binder, TypeLiteral.get(String.class), NEURON_MODEL);
    }

    public static MapBinder<String, Kind<GainFunction>> gains(Binder binder) {
        return MapBinder.newMapBinder(binder, TypeLiteral.get(String.class), GAIN);
    }

    public static MapBinder<String, Kind<ConnectivityRule>> connectivityRules(Binder binder) {
        return MapBinder.newMapBinder(binder, TypeLiteral.get(String.class), CONNECTIVITY);
    }

    public static MapBinder<String, Kind<PlasticityRule>> plasticityRules(Binder binder) {
        return MapBinder.newMapBinder(binder, TypeLiteral.get(String.class), PLASTICITY);
    }

    public static MapBinder<String, Level<?>> levels(Binder binder) {
        return MapBinder.newMapBinder(binder, TypeLiteral.get(String.class), LEVEL);
    }

    public static void addNeuronModel(Binder binder, NeuronModel<?> model) {
        neuronModels(binder).addBinding(model.name()).toInstance(model);
    }

    public static void addGain(Binder binder, Kind<GainFunction> kind) {
        gains(binder).addBinding(kind.name()).toInstance(kind);
    }

    public static void addConnectivityRule(Binder binder, Kind<ConnectivityRule> kind) {
        connectivityRules(binder).addBinding(kind.name()).toInstance(kind);
    }

    public static void addPlasticityRule(Binder binder, Kind<PlasticityRule> kind) {
        plasticityRules(binder).addBinding(kind.name()).toInstance(kind);
    }
}
