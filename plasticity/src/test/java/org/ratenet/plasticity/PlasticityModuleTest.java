package org.ratenet.plasticity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.function.Supplier;

import com.google.inject.AbstractModule;

import org.junit.jupiter.api.Test;
import org.ratenet.api.error.InvalidInputException;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.model.Kind;
import org.ratenet.api.model.PlasticityRule;
import org.ratenet.api.param.ParameterDef;
import org.ratenet.api.param.ParameterSchema;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.units.Dimension;
import org.ratenet.api.units.Unit;

class PlasticityModuleTest {

    private static final Ratenet RATENET = Ratenet.create();

    private static PlasticityRule rule(Ratenet ratenet, String name, ParameterSet p) {
        return ratenet.plasticityRules().get(name).build(p);
    }

    private static ParameterSet.Builder trace(String function) {
        return ParameterSet.builder().put("r_p", 2, Unit.HZ).put("weight_function", function);
    }

    @Test
    void everyRuleResolvesByName() {
        assertTrue(RATENET.plasticityRules().names().containsAll(Set.of("trace", "stdp", "stdp_triplet", "hebb", "oja", "bcm", "covariance")),
                RATENET.plasticityRules().names().toString());
        TraceRule hebbian = (TraceRule) rule(RATENET, "trace", trace("hebbian").put("nu_ref", 10, Unit.HZ).put("w_max", 3).build());
        assertEquals(2, hebbian.trace().degradationRateHz());
        assertEquals(0.8, hebbian.equilibriumWeight(4, 20), 1e-15); // 20 · 4 / 10²
        assertEquals(3, hebbian.equilibriumWeight(40, 40), 0); // clipped at w_max
        TraceRule sigmoid = (TraceRule) rule(RATENET, "trace", trace("saturating_hebbian").put("theta", 100).put("width", 20).put("w_max", 2)
                .put("tau_w", 500, Unit.MS).build());
        assertEquals(1, sigmoid.equilibriumWeight(10, 10), 1e-15);
        assertEquals((1.0 - 0.5) / 500, sigmoid.expectedDrift(10, 10, 0.5), 1e-15);
        PairStdp stdp = (PairStdp) rule(RATENET, "stdp", ParameterSet.builder().put("A_plus", 0.01).put("A_minus", 0.012).put("w_max", 2).build());
        assertEquals(new PairStdp(0.01, 0.012, 20, 20, 0, 2, "additive", "all_to_all"), stdp);
        TripletStdp triplet = (TripletStdp) rule(RATENET, "stdp_triplet", ParameterSet.builder().put("A2_plus", 5e-3).put("A3_plus", 6.2e-3)
                .put("A2_minus", 7e-3).put("A3_minus", 2.3e-4).put("w_max", 1).build());
        assertEquals(101, triplet.tauXMs());
        assertInstanceOf(RateRule.class, rule(RATENET, "bcm", ParameterSet.builder().put("eta", 1e-6).put("nu_0", 10, Unit.HZ)
                .put("tau_theta", 50, Unit.MS).put("w_max", 5).build()));
    }

    private static void assertNamed(String parameter, Supplier<?> build) {
        RuntimeException e = assertThrows(RuntimeException.class, build::get);
        assertTrue(e instanceof InvalidInputException, e.toString()); // the one family of invalid input
        assertTrue(e.getMessage().contains(parameter), "expected '" + parameter + "' in: " + e.getMessage());
    }

    @Test
    void badParametersAreNamed() {
        assertNamed("A_plus", () -> rule(RATENET, "stdp", ParameterSet.builder().put("A_plus", -0.01).put("A_minus", 0.01).put("w_max", 1).build()));
        assertNamed("eta", () -> rule(RATENET, "oja", ParameterSet.builder().put("eta", -1e-3).put("w_max", 1).build()));
        assertNamed("r_p", () -> rule(RATENET, "trace", ParameterSet.builder().put("r_p", 0, Unit.HZ).put("weight_function", "hebbian")
                .put("nu_ref", 10, Unit.HZ).put("w_max", 3).build()));
        assertNamed("w_max", () -> rule(RATENET, "stdp", ParameterSet.builder().put("A_plus", 0.01).put("A_minus", 0.01).put("w_min", 2)
                .put("w_max", 1).build()));
        assertNamed("w_max", () -> rule(RATENET, "trace", trace("hebbian").put("nu_ref", 10, Unit.HZ).put("w_min", 4).put("w_max", 3).build()));
        assertNamed("weight_function", () -> rule(RATENET, "trace", ParameterSet.builder().put("r_p", 2, Unit.HZ).build()));
        assertNamed("nu_ref", () -> rule(RATENET, "trace", trace("saturating_hebbian").put("theta", 100).put("width", 20).put("w_max", 2)
                .put("nu_ref", 10, Unit.HZ).build()));
        assertNamed("no_such_function", () -> rule(RATENET, "trace", trace("no_such_function").build()));
    }

    /** A user's weight function, registered by a module, resolves by name in the trace rule; a NaN weight is named. */
    @Test
    void aUserWeightFunctionResolvesByNameAndANaNWeightIsNamed() {
        Kind<WeightFunction> ratio = Kind.of("rate_ratio", ParameterSchema.of(ParameterDef.quantity("k", Dimension.DIMENSIONLESS, "scale")),
                p -> (post, pre) -> p.number("k", Dimension.DIMENSIONLESS) * post / pre);
        Ratenet withUser = Ratenet.builder().with(new AbstractModule() {
            @Override
            protected void configure() {
                PlasticityModule.weightFunctions(binder()).addBinding("rate_ratio").toInstance(ratio);
            }
        }).build();
        TraceRule rule = (TraceRule) rule(withUser, "trace", trace("rate_ratio").put("k", 2).build());
        assertEquals(4, rule.equilibriumWeight(5, 10), 1e-15);
        assertNamed("weight_function", () -> rule.equilibriumWeight(0, 0)); // 0/0
    }
}
