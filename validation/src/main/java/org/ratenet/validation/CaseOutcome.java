package org.ratenet.validation;

/**
 * One evaluated case of a check: whether it passed, its discrepancy (in the check's unit) and a line for the report.
 * A case that does not apply (e.g. a generated network without a stable mean-field state) is {@link #notApplicable}.
 */
public record CaseOutcome(boolean passed, double discrepancy, String line, boolean applies) {

    public static CaseOutcome of(boolean passed, double discrepancy, String line) {
        return new CaseOutcome(passed, discrepancy, line, true);
    }

    public static CaseOutcome notApplicable(String why) {
        return new CaseOutcome(true, 0, why, false);
    }
}
