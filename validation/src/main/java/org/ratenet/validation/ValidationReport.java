package org.ratenet.validation;

import java.util.List;

import org.ratenet.validation.map.ValidityMap;

/**
 * The outcome of a validation run: what was validated, the tier and seed, and each suite's checks.
 *
 * @param subject the experiment file or model validated, or "generated models"
 * @param tier quick or full
 * @param seed the seed every check derived its streams from
 * @param suites the suites in the order they ran
 * @param wallSeconds the whole run's wall time
 * @param maps validity maps computed with the run (may be empty)
 */
public record ValidationReport(String subject, Tier tier, long seed, List<SuiteReport> suites, double wallSeconds, List<ValidityMap> maps) {

    public ValidationReport {
        suites = List.copyOf(suites);
        maps = List.copyOf(maps);
    }

    /** The same report with a validity map added. */
    public ValidationReport with(ValidityMap map) {
        List<ValidityMap> more = new java.util.ArrayList<>(maps);
        more.add(map);
        return new ValidationReport(subject, tier, seed, suites, wallSeconds, more);
    }

    /** Every check of every suite that ran. */
    public List<CheckResult> checks() {
        return suites.stream().flatMap(s -> s.checks().stream()).toList();
    }

    /** True when no check failed (skipped checks do not fail a run). */
    public boolean passed() {
        return checks().stream().noneMatch(c -> c.verdict() == CheckResult.Verdict.FAILED);
    }

    public long count(CheckResult.Verdict verdict) {
        return checks().stream().filter(c -> c.verdict() == verdict).count();
    }
}
