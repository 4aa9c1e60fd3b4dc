package org.ratenet.validation.suites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.ExperimentSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.SimulationSpec;
import org.ratenet.api.spec.SynapseSpec;
import org.ratenet.api.units.Unit;
import org.ratenet.validation.CheckResult;
import org.ratenet.validation.Tier;
import org.ratenet.validation.ValidationContext;

/** The exact suites (conductance ↔ rate, rate ↔ binary) and the spike ↔ rate plasticity suite, generated and on a user network. */
class ExactSuitesTest {

    private static final Ratenet RATENET = Ratenet.create();

    private static ValidationContext generated() {
        return new ValidationContext(Tier.QUICK, 7, RATENET, Optional.empty());
    }

    @Test
    void generatedConductanceNetworksSatisfyBothIdentities() {
        List<CheckResult> results = new ConductanceRateSuite().run(generated());
        assertEquals(2, results.size());
        for (CheckResult r : results) {
            assertTrue(r.passed(), r::summary);
            assertTrue(r.tries() >= 90, r::summary);
        }
    }

    /** A two-population conductance E–I network in code: the suite applies to it and checks it at both resolutions. */
    @Test
    void aUsersConductanceNetworkIsCheckedAtPopulationAndNeuronLevel() {
        ComponentSpec e = ComponentSpec.of("conductance_rate", ParameterSet.builder().put("C_m", 200, Unit.PF).put("g_L", 10, Unit.NS)
                .put("V_leak", -70, Unit.MV).put("v_theta", 20, Unit.MV).put("I_theta", 0, Unit.PA).put("gain", "threshold_linear")
                .put("beta", 0.1, Unit.HZ_PER_PA).build());
        ComponentSpec k = ComponentSpec.of("fixed_indegree", ParameterSet.builder().put("indegree", 20).build());
        NetworkSpec spec = NetworkSpec.builder("cond").population("E", 80, e).population("I", 20, e)
                .projection("E", "E", k, SynapseSpec.conductance(0.5, 5, 0, 1)).projection("E", "I", k, SynapseSpec.conductance(0.5, 5, 0, 1))
                .projection("I", "E", k, SynapseSpec.conductance(1, 10, -75, 1)).projection("I", "I", k, SynapseSpec.conductance(1, 10, -75, 1))
                .drive(new DriveSpec.Poisson("E", 2, 1000, SynapseSpec.conductance(0.5, 5, 0, 0)))
                .drive(new DriveSpec.Poisson("I", 2, 1000, SynapseSpec.conductance(0.5, 5, 0, 0))).build();
        ValidationContext context = new ValidationContext(Tier.QUICK, 7, RATENET,
                Optional.of(new ExperimentSpec(spec, new SimulationSpec(100, 0.1, 0, 1), Map.of())));
        ConductanceRateSuite suite = new ConductanceRateSuite();
        assertTrue(suite.notApplicable(context).isEmpty(), () -> suite.notApplicable(context).get());
        for (CheckResult r : suite.run(context)) {
            assertTrue(r.passed(), r::summary);
            assertTrue(r.details().stream().anyMatch(d -> d.contains("100 units")), r::summary); // the neuron-level network
        }
    }

    @Test
    void generatedRateNetworksGiveTheSameBinaryTrajectoriesInBothForms() {
        CheckResult r = new RateBinarySuite().run(generated()).get(0);
        assertTrue(r.passed(), r::summary);
        assertTrue(r.tries() >= 90, r::summary);
    }

    @Test
    void generatedSpikeTimingRulesDriftAsTheirRateLimits() {
        CheckResult r = new PlasticitySuite().run(generated()).get(0);
        assertTrue(r.passed(), r::summary);
        assertTrue(r.tries() >= 20, r::summary);
        assertTrue(r.details().stream().anyMatch(d -> d.contains("TripletStdp")), r::summary);
    }
}
