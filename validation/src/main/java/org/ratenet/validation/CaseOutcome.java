package org.ratenet.validation;

import java.util.List;

/**
 * One evaluated case of a check: whether it passed, its discrepancy (in the check's unit), a line for the report and
 * the quantitative comparisons it made (for plots). A case that does not apply (e.g. a generated network without a
 * stable mean-field state) is {@link #notApplicable}. Serializable, so that a case computed elsewhere (a Spark task) can
 * come back.
 */
public record CaseOutcome(boolean passed, double discrepancy, String line, boolean applies, List<Comparison> comparisons)
        implements java.io.Serializable {

    public CaseOutcome {
        comparisons = List.copyOf(comparisons);
    }

    public static CaseOutcome of(boolean passed, double discrepancy, String line) {
        return new CaseOutcome(passed, discrepancy, line, true, List.of());
    }

    /** A case made of comparisons: passed when each is within its allowance; the discrepancy is the worst in allowances. */
    public static CaseOutcome of(List<Comparison> comparisons, String line) {
        boolean passed = true;
        double worst = 0;
        for (Comparison c : comparisons) {
            double off = Math.abs(c.observed() - c.expected()) / c.allowed();
            passed &= off <= 1;
            worst = Math.max(worst, Double.isNaN(off) ? Double.POSITIVE_INFINITY : off);
        }
        return new CaseOutcome(passed, worst, line, true, comparisons);
    }

    public static CaseOutcome notApplicable(String why) {
        return new CaseOutcome(true, 0, why, false, List.of());
    }
}
