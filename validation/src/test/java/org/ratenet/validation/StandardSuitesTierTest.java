package org.ratenet.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.validation.suites.StandardSuites;

/**
 * The full tier of every standard suite on its generated models: more cases and longer runs than the quick tier that
 * the suites' own tests run in {@code ./mvnw verify}. Opt-in: {@code ./mvnw -B verify -Pfull-validation}.
 */
class StandardSuitesTierTest {

    @Test
    @EnabledIfSystemProperty(named = "ratenet.validation.tier", matches = "full")
    void everyStandardSuitePassesTheFullTier() {
        ValidationContext context = new ValidationContext(Tier.FULL, 20_261_123L, Ratenet.create(), Optional.empty());
        ValidationReport report = new Validator(StandardSuites.all()).run("generated models", context, System.out::println);
        for (CheckResult c : report.checks()) {
            assertTrue(c.verdict() != CheckResult.Verdict.FAILED, c::summary);
        }
        assertTrue(report.passed());
    }
}
