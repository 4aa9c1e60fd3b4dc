package org.ratenet.validation.suites;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.validation.CaseOutcome;
import org.ratenet.validation.CheckResult;
import org.ratenet.validation.Tier;
import org.ratenet.validation.ValidationContext;

class MeanFieldSpikingSuiteTest {

    private static final Ratenet RATENET = Ratenet.create();

    /** The quick tier: at least 20 generated networks, all within the stated tolerance. */
    @Test
    void randomDiffusionRegimeNetworksAgreeWithTheMeanField() {
        ValidationContext context = new ValidationContext(Tier.QUICK, 20_261_123L, RATENET, Optional.empty());
        List<CheckResult> results = new MeanFieldSpikingSuite().run(context);
        CheckResult r = results.get(0);
        assertTrue(r.passed(), r::summary);
        assertTrue(r.tries() >= 20, r::summary);
        // every variant was drawn: delta synapses, current synapses (colored noise), heterogeneous in-degrees
        assertTrue(r.details().stream().anyMatch(d -> d.contains("τ_s=")), r::summary);
        assertTrue(r.details().stream().anyMatch(d -> d.contains("in-degree s.d.") && d.contains("5/50/95")), r::summary);
        System.out.println(r.summary());
    }

    /** A deliberately wrong mean field (Brunel's V_reset = 10 mV simulated, V_reset = 0 predicted) fails the check. */
    @Test
    void aMeanFieldWithTheWrongResetIsCaught() {
        MeanFieldSpikingSuite.RandomEi truth = new MeanFieldSpikingSuite.RandomEi(2000, 200, 0.1, 5, 2, 20, 2, 1.5, 10);
        MeanFieldSpikingSuite.RandomEi wrongReset = new MeanFieldSpikingSuite.RandomEi(2000, 200, 0.1, 5, 2, 20, 2, 1.5, 0);
        CaseOutcome right = MeanFieldSpikingSuite.compare(truth.spec(), RATENET, 1, 3, 5, 2);
        assertTrue(right.passed(), right.line());
        CaseOutcome wrong = MeanFieldSpikingSuite.compare(wrongReset.spec(), truth.spec(), RATENET, 1, 3, 5, 2);
        assertFalse(wrong.passed(), wrong.line());
    }
}
