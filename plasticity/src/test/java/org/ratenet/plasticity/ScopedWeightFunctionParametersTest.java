package org.ratenet.plasticity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import com.google.inject.AbstractModule;
import org.junit.jupiter.api.Test;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.model.Interval;
import org.ratenet.api.model.Kind;
import org.ratenet.api.model.PlasticityRule;
import org.ratenet.api.param.ParameterDef;
import org.ratenet.api.param.ParameterSchema;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.units.Dimension;
import org.ratenet.api.units.Unit;

/** A user's weight function may name a parameter like a built-in one's (theta) with another meaning. */
class ScopedWeightFunctionParametersTest {

    /** W = 1 + (ν_post − θ)/ν_pre-independent scale, with θ a time here (deliberately not the built-in's dimension). */
    static final Kind<WeightFunction> TIMED = Kind.of("timed", ParameterSchema.of(
            ParameterDef.quantity("theta", Dimension.TIME, "a time, where saturating_hebbian's theta is a rate").positive()),
            p -> new WeightFunction() {
                @Override
                public double factor(double postRateHz, double preRateHz) {
                    return 1;
                }

                @Override
                public Interval bounds() {
                    return Interval.closed(1, 1);
                }
            });

    @Test
    void aUserFunctionsParameterNamedLikeABuiltInOnesIsScopedToIt() {
        Ratenet ratenet = Ratenet.builder().with(new AbstractModule() {
            @Override
            protected void configure() {
                PlasticityModule.weightFunctions(binder()).addBinding(TIMED.name()).toInstance(TIMED);
            }
        }).build();
        Kind<PlasticityRule> trace = ratenet.plasticityRules().get(TraceRule.NAME);
        assertEquals(Dimension.TIME, trace.parameters(Map.of("weight_function", "timed")).find("theta").orElseThrow().dimension());
        assertTrue(trace.parameters(Map.of("weight_function", "saturating_hebbian")).find("theta").orElseThrow().dimension() != Dimension.TIME);
        PlasticityRule rule = trace.build(ParameterSet.builder().put("r_p", 2, Unit.HZ).put("weight_function", "timed")
                .put("theta", 5, Unit.MS).build());
        assertEquals(TraceRule.NAME, rule.name());
    }
}
