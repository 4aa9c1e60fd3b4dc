package org.ratenet.validation.suites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.validation.CheckResult;
import org.ratenet.validation.Tier;
import org.ratenet.validation.ValidationContext;

class PlasticMeanFieldSuiteTest {

    /** The reference network at r_p = 0.5 Hz (α ≈ 34): rates of E and I and the E→E mean weight, all judged. */
    @Test
    void theReferencePlasticNetworkAgreesWithThePlasticMeanField() {
        ValidationContext context = new ValidationContext(Tier.QUICK, 5, Ratenet.create().registries(), Optional.empty());
        CheckResult r = new PlasticMeanFieldSuite().run(context).get(0);
        System.out.println(r.summary());
        assertTrue(r.passed(), r::summary);
        assertEquals(3, r.tries(), r::summary);
    }
}
