package org.ratenet.validation.suites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.spec.ExperimentSpec;
import org.ratenet.api.spec.SimulationSpec;
import org.ratenet.validation.CheckResult;
import org.ratenet.validation.Tier;
import org.ratenet.validation.ValidationContext;

class PlasticMeanFieldSuiteTest {

    /** Random plastic networks at α >= 10: rates of E and I and the E→E mean weight, judged; at least 20 cases. */
    @Test
    void randomPlasticNetworksAgreeWithThePlasticMeanField() {
        ValidationContext context = new ValidationContext(Tier.QUICK, 5, Ratenet.create(), Optional.empty());
        CheckResult r = new PlasticMeanFieldSuite().run(context).get(0);
        System.out.println(r.summary());
        assertTrue(r.passed(), r::summary);
        assertTrue(r.tries() >= 20, r::summary);
        assertEquals(3 * r.tries(), r.comparisons().size(), r::summary);
    }

    /** The plasticity module's reference network (r_p = 0.5 Hz, α ≈ 34) as a user's file would give it. */
    @Test
    void theReferencePlasticNetworkAgreesWithThePlasticMeanField() {
        ExperimentSpec experiment = new ExperimentSpec(PlasticMeanFieldSuite.referenceNetwork(), new SimulationSpec(100, 0.1, 0, 1), Map.of());
        ValidationContext context = new ValidationContext(Tier.QUICK, 5, Ratenet.create(), Optional.of(experiment));
        CheckResult r = new PlasticMeanFieldSuite().run(context).get(0);
        assertTrue(r.passed(), r::summary);
        assertEquals(3, r.tries(), r::summary);
    }
}
