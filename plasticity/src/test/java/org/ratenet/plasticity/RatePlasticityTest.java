package org.ratenet.plasticity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.ExperimentSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.ProjectionSpec;
import org.ratenet.api.spec.SimulationSpec;
import org.ratenet.api.spec.SynapseSpec;
import org.ratenet.api.units.Unit;
import org.ratenet.rate.dynamics.RateLevel;
import org.ratenet.rate.dynamics.RateResult;

/**
 * Rate rules in rate networks: the E-I pair of examples/rate-ei.yaml (E 4.375 Hz, I 6.875 Hz static) with its E->E
 * coupling plastic; the rate level integrates each rule's rate limit with the rates.
 */
class RatePlasticityTest {

    private static final Ratenet RATENET = Ratenet.create();

    private static ExperimentSpec pair(ComponentSpec rule, double durationMs) {
        ComponentSpec e = ComponentSpec.of("rate", ParameterSet.builder().put("tau", 10, Unit.MS).put("theta", 5, Unit.PA)
                .put("beta", 1, Unit.HZ_PER_PA).put("r_max", 100, Unit.HZ).build());
        ComponentSpec i = ComponentSpec.of("rate", ParameterSet.builder().put("tau", 5, Unit.MS).put("theta", 5, Unit.PA)
                .put("beta", 1, Unit.HZ_PER_PA).put("r_max", 100, Unit.HZ).build());
        ComponentSpec all = ComponentSpec.of("all_to_all");
        NetworkSpec spec = NetworkSpec.builder("rate-ei").population("E", 1, e).population("I", 1, i)
                .projection(new ProjectionSpec("EE", "E", "E", all, SynapseSpec.rate(1.5), rule))
                .projection("I", "E", all, SynapseSpec.rate(-2.5)).projection("E", "I", all, SynapseSpec.rate(2.0))
                .projection("I", "I", all, SynapseSpec.rate(-1.0))
                .drive(new DriveSpec.Poisson("E", 10, 1, SynapseSpec.rate(2))).drive(new DriveSpec.Poisson("I", 10, 1, SynapseSpec.rate(1)))
                .build();
        return new ExperimentSpec(spec, new SimulationSpec(durationMs, 0.1, 0, 1), Map.of());
    }

    private static double last(RateResult r, String channel) {
        double[] x = r.rates().channel(channel);
        return x[x.length - 1];
    }

    /** Hebb with decay settles where η ν_E² = u/τ_decay, at the rates it produces itself. */
    @Test
    void hebbSettlesAtItsSelfConsistentFixedPoint() {
        ComponentSpec hebb = ComponentSpec.of("hebb", ParameterSet.builder().put("eta", 1e-3).put("tau_decay", 50, Unit.MS).put("w_max", 2).build());
        RateResult r = new RateLevel(RATENET.registries()).evaluate(pair(hebb, 2000));
        double nu = last(r, "E.rate");
        double u = last(r, "EE.weight");
        assertEquals(1e-3 * nu * nu * 50, u, 1e-6, "u = " + u + " at nu_E = " + nu);
        assertTrue(Math.abs(nu - 4.375) > 0.01, "the weight moved the rate: " + nu);
    }

    /** BCM with its sliding threshold brings E to ν₀ by changing its recurrent weight. */
    @Test
    void bcmBringsThePostsynapticRateToNu0() {
        ComponentSpec bcm = ComponentSpec.of("bcm", ParameterSet.builder().put("eta", 1e-5).put("nu_0", 6, Unit.HZ)
                .put("tau_theta", 50, Unit.MS).put("w_max", 2).build());
        RateResult r = new RateLevel(RATENET.registries()).evaluate(pair(bcm, 20_000));
        assertEquals(6, last(r, "E.rate"), 1e-3);
        assertTrue(last(r, "EE.weight") > 1, "potentiated from 1 to " + last(r, "EE.weight"));
    }

    /** Pair STDP with A₋τ₋ > A₊τ₊ has a negative rate limit: the weight falls monotonically, at the predicted rate. */
    @Test
    void stdpRunsByItsRateLimitInARateNetwork() {
        ComponentSpec stdp = ComponentSpec.of("stdp", ParameterSet.builder().put("A_plus", 0.1).put("A_minus", 0.15).put("w_min", 0.5)
                .put("w_max", 2).build());
        RateResult r = new RateLevel(RATENET.registries()).evaluate(pair(stdp, 5000));
        double[] u = r.rates().channel("EE.weight");
        for (int k = 1; k < u.length; k++) {
            assertTrue(u[k] <= u[k - 1], "monotone at sample " + k);
        }
        assertTrue(u[u.length - 1] < 0.99, "fell to " + u[u.length - 1]);
        double nu = last(r, "E.rate");
        double slope = (u[u.length - 1] - u[u.length - 2]) / (r.rates().timesMs()[u.length - 1] - r.rates().timesMs()[u.length - 2]);
        double predicted = new PairStdp(0.1, 0.15, 20, 20, 0.5, 2, "additive", "all_to_all").expectedDrift(nu, nu, u[u.length - 1]);
        assertEquals(predicted, slope, 0.01 * Math.abs(predicted));
    }

    @Test
    void anInstantaneousTraceRuleHasNoRateLimitAndIsNamed() {
        ComponentSpec trace = ComponentSpec.of("trace", ParameterSet.builder().put("r_p", 1, Unit.HZ).put("weight_function", "hebbian")
                .put("nu_ref", 5, Unit.HZ).put("w_max", 2).build());
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> new RateLevel(RATENET.registries()).evaluate(pair(trace, 100)));
        assertTrue(e.getMessage().contains("EE"), e.getMessage());
    }
}
