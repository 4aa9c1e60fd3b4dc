package org.ratenet.validation;

import java.util.List;

import org.ratenet.api.error.Require;

/**
 * The outcome of one validation check: what was compared, under which null hypothesis and tolerance, how many cases were
 * tried and failed, the largest discrepancy seen, the seed that reproduces it and the first (simplest) failing case.
 *
 * @param name short identifier, e.g. {@code transfer-function}
 * @param levels the levels (or model aspects) compared, e.g. {@code [meanfield, spiking]}
 * @param hypothesis the null hypothesis the check tests, in words
 * @param tolerance where the tolerance comes from (statistics, a stated model error), in words
 * @param falseFailureRate the probability that a correct model fails the check (0 for exact checks)
 * @param verdict passed, failed or skipped
 * @param tries cases evaluated
 * @param failed cases that failed
 * @param maxDiscrepancy the largest discrepancy over the cases, in the unit of {@code discrepancyUnit}
 * @param discrepancyUnit what {@code maxDiscrepancy} measures, e.g. {@code Hz} or {@code tolerances}
 * @param seed the seed that reproduces the check
 * @param counterexample the first failing case (after shrinking where the check shrinks), or the reason for skipping; empty otherwise
 * @param details one line per case, for reports
 * @param comparisons the quantitative cases (expected, observed, allowed), for plots; empty for exact checks
 */
public record CheckResult(String name, List<String> levels, String hypothesis, String tolerance, double falseFailureRate, Verdict verdict,
                          int tries, int failed, double maxDiscrepancy, String discrepancyUnit, long seed, String counterexample,
                          List<String> details, List<Comparison> comparisons) implements java.io.Serializable {

    /**
     * What a check concluded. {@code REPORTED}: the check measures how far two levels are apart where theory does not
     * say they must agree (e.g. an approximation's known limits); its numbers are the result, and it never fails a run.
     */
    public enum Verdict { PASSED, FAILED, SKIPPED, REPORTED }

    public CheckResult {
        Require.name("check name", name);
        levels = List.copyOf(levels);
        Require.nonNull("hypothesis", hypothesis);
        Require.nonNull("tolerance", tolerance);
        Require.inClosedRange("false failure rate", falseFailureRate, 0, 1, "");
        Require.nonNull("verdict", verdict);
        if (tries < 0 || failed < 0 || failed > tries) {
            throw new IllegalArgumentException("tries = " + tries + ", failed = " + failed + ": need 0 <= failed <= tries");
        }
        Require.nonNull("discrepancy unit", discrepancyUnit);
        Require.nonNull("counterexample", counterexample);
        details = List.copyOf(details);
        comparisons = List.copyOf(comparisons);
    }

    /** The same result under another name, e.g. with the model it checked as a prefix. */
    public CheckResult renamed(String newName) {
        return new CheckResult(newName, levels, hypothesis, tolerance, falseFailureRate, verdict, tries, failed, maxDiscrepancy, discrepancyUnit,
                seed, counterexample, details, comparisons);
    }

    public boolean passed() {
        return verdict == Verdict.PASSED;
    }

    /** One paragraph for an assertion message or a terminal. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append(name).append(' ').append(levels).append(": ").append(verdict);
        if (verdict == Verdict.REPORTED) {
            s.append(", ").append(tries).append(" cases measured, max discrepancy ").append(Require.format(maxDiscrepancy))
                    .append(discrepancyUnit.isEmpty() ? "" : " " + discrepancyUnit).append(", seed ").append(seed);
        } else if (verdict != Verdict.SKIPPED) {
            s.append(", ").append(tries - failed).append('/').append(tries).append(" cases passed, max discrepancy ")
                    .append(Require.format(maxDiscrepancy)).append(discrepancyUnit.isEmpty() ? "" : " " + discrepancyUnit).append(", seed ").append(seed);
        }
        if (!counterexample.isEmpty()) {
            s.append(verdict == Verdict.SKIPPED ? "\n  reason: " : "\n  first failing case: ").append(counterexample);
        }
        s.append("\n  H0: ").append(hypothesis).append("\n  tolerance: ").append(tolerance);
        for (String d : details) {
            s.append("\n  ").append(d);
        }
        return s.toString();
    }
}
