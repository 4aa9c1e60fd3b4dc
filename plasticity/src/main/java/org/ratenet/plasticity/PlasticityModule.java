package org.ratenet.plasticity;

import com.google.inject.AbstractModule;
import com.google.inject.Binder;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.MapBinder;

import org.ratenet.api.inject.RatenetModule;
import org.ratenet.api.inject.Registrations;
import org.ratenet.api.model.Kind;

/**
 * Registers the plasticity rules by name ({@code trace}, {@code stdp}, {@code stdp_triplet}, {@code hebb}, {@code oja},
 * {@code bcm}, {@code covariance}) and the trace rule's weight functions ({@code hebbian}, {@code saturating_hebbian}).
 * It also registers the {@code plastic_meanfield} level. A user's module adds a weight function with {@code PlasticityModule.weightFunctions(binder()).addBinding(name)}.
 */
public final class PlasticityModule extends AbstractModule implements RatenetModule {

    private static final TypeLiteral<Kind<WeightFunction>> WEIGHT_FUNCTION = new TypeLiteral<>() { };

    /** The map binder of the trace rule's weight functions. */
    public static MapBinder<String, Kind<WeightFunction>> weightFunctions(Binder binder) {
        return MapBinder.newMapBinder(binder, TypeLiteral.get(String.class), WEIGHT_FUNCTION);
    }

    @Override
    protected void configure() {
        WeightFunctions.all().forEach(kind -> weightFunctions(binder()).addBinding(kind.name()).toInstance(kind));
        PlasticityKinds.all().forEach(kind -> Registrations.addPlasticityRule(binder(), kind));
        Registrations.plasticityRules(binder()).addBinding(TraceRule.NAME).to(TraceRuleKind.class);
        Registrations.levels(binder()).addBinding(PlasticMeanFieldLevel.NAME).to(PlasticMeanFieldLevel.class);
    }
}
