package org.ratenet.validation;

import java.util.ArrayList;
import java.util.List;

import org.ratenet.api.error.Require;

/**
 * Collects the cases of one check as it runs (each case passed or failed, its discrepancy, a line for the report) and
 * turns them into a {@link CheckResult}. Not thread-safe: one recorder per check.
 */
public final class CheckRecorder {

    private final String name;
    private final List<String> levels;
    private final String hypothesis;
    private final String tolerance;
    private final double falseFailureRate;
    private final long seed;
    private final String discrepancyUnit;
    private final List<String> details = new ArrayList<>();
    private final List<Comparison> comparisons = new ArrayList<>();
    private int tries;
    private int failed;
    private double maxDiscrepancy;
    private String counterexample = "";
    private String skipped;
    private boolean reporting;

    /**
     * @param discrepancyUnit what the discrepancies passed to {@link #record} measure, e.g. {@code Hz}
     */
    public CheckRecorder(String name, List<String> levels, String hypothesis, String tolerance, double falseFailureRate, long seed,
                         String discrepancyUnit) {
        this.name = Require.name("check name", name);
        this.levels = List.copyOf(levels);
        this.hypothesis = hypothesis;
        this.tolerance = tolerance;
        this.falseFailureRate = falseFailureRate;
        this.seed = seed;
        this.discrepancyUnit = discrepancyUnit;
    }

    /**
     * Makes this a measurement rather than a test: cases are recorded with {@link #measure} and the result's verdict is
     * {@link CheckResult.Verdict#REPORTED}.
     */
    public CheckRecorder reporting() {
        reporting = true;
        return this;
    }

    /** Records a measured case (no verdict) with its discrepancy in the check's unit and its comparison for plots. */
    public void measure(Comparison c, double discrepancy, String line) {
        tries++;
        comparisons.add(c);
        if (Double.isNaN(discrepancy) || discrepancy > maxDiscrepancy) {
            maxDiscrepancy = Double.isNaN(discrepancy) ? Double.POSITIVE_INFINITY : discrepancy;
        }
        details.add("info  " + line);
    }

    /** Records one case; the first failing case becomes the counterexample. Returns {@code passed}. */
    public boolean record(boolean passed, double discrepancy, String line) {
        tries++;
        if (Double.isNaN(discrepancy) || discrepancy > maxDiscrepancy) {
            maxDiscrepancy = Double.isNaN(discrepancy) ? Double.POSITIVE_INFINITY : discrepancy;
        }
        details.add((passed ? "ok    " : "FAIL  ") + line);
        if (!passed) {
            failed++;
            if (counterexample.isEmpty()) {
                counterexample = line;
            }
        }
        return passed;
    }

    /** Records a case made of comparisons (see {@link CaseOutcome#of(List, String)}). */
    public boolean record(CaseOutcome outcome) {
        comparisons.addAll(outcome.comparisons());
        return record(outcome.passed(), outcome.discrepancy(), outcome.line());
    }

    /** A line for the report that is not a case (e.g. a generated case that does not apply). */
    public void note(String line) {
        details.add(line);
    }

    /** Records a quantitative case: passed when |observed − expected| ≤ allowed; the discrepancy is in units of allowed. */
    public boolean compare(Comparison c, String line) {
        comparisons.add(c);
        double off = Math.abs(c.observed() - c.expected());
        return record(off <= c.allowed(), off / c.allowed(), line);
    }

    /** An exact check's case: passed or not, no magnitude. */
    public boolean record(boolean passed, String line) {
        return record(passed, passed ? 0 : 1, line);
    }

    /** Replaces the counterexample, e.g. by the shrunk case of a property-based search. */
    public void counterexample(String simplest) {
        counterexample = Require.nonNull("counterexample", simplest);
    }

    /** Marks the check as not applicable, with the reason. */
    public CheckResult skip(String reason) {
        skipped = Require.nonNull("reason", reason);
        return result();
    }

    public int failures() {
        return failed;
    }

    public CheckResult result() {
        CheckResult.Verdict verdict = skipped != null ? CheckResult.Verdict.SKIPPED
                : failed > 0 || tries == 0 ? CheckResult.Verdict.FAILED : reporting ? CheckResult.Verdict.REPORTED : CheckResult.Verdict.PASSED;
        String example = skipped != null ? skipped : tries == 0 ? "no case was evaluated" : counterexample;
        return new CheckResult(name, levels, hypothesis, tolerance, falseFailureRate, verdict, tries, failed,
                tries == 0 ? 0 : maxDiscrepancy, discrepancyUnit, seed, example, details, comparisons);
    }
}
