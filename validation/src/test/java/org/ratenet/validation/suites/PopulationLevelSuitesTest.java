package org.ratenet.validation.suites;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.validation.CheckResult;
import org.ratenet.validation.Tier;
import org.ratenet.validation.ValidationContext;

class PopulationLevelSuitesTest {

    private static final ValidationContext GENERATED = new ValidationContext(Tier.QUICK, 11, Ratenet.create(), Optional.empty());

    @Test
    void neuralMassesAgreeWithTheirNetworksUnderEveryScalingLaw() {
        CheckResult r = new NeuralMassSuite().run(GENERATED).get(0);
        System.out.println(r.summary());
        assertTrue(r.passed(), r::summary);
        assertTrue(r.tries() >= 20, r::summary);
        for (String law : new String[] {"ALL_TO_ALL", "FIXED_INDEGREE", "RANDOM", "GAUSSIAN"}) {
            assertTrue(r.details().stream().anyMatch(d -> d.contains(law)), law + " not generated: " + r.summary());
        }
    }

    @Test
    void discretisedFieldsGrowFourierModesAtTheContinuumRate() {
        CheckResult r = new NeuralFieldSuite().run(GENERATED).get(0);
        System.out.println(r.summary());
        assertTrue(r.passed(), r::summary);
        assertTrue(r.tries() >= 20, r::summary);
    }
}
