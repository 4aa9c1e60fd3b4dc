package org.ratenet.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.ratenet.api.error.Require;

/**
 * Runs validation suites against a context and collects a {@link ValidationReport}. The standard set is
 * {@link org.ratenet.validation.suites.StandardSuites#all()}; a user adds their own suites to the list.
 */
public final class Validator {

    private final List<ValidationSuite> suites;

    public Validator(List<ValidationSuite> suites) {
        this.suites = List.copyOf(Require.nonNull("suites", suites));
    }

    /**
     * Runs every suite that applies, in order, reporting progress lines (suite started, check verdicts) to {@code progress}.
     *
     * @param subject what is validated, for the report's title
     */
    public ValidationReport run(String subject, ValidationContext context, Consumer<String> progress) {
        long start = System.nanoTime();
        List<SuiteReport> reports = new ArrayList<>();
        for (ValidationSuite suite : suites) {
            reports.add(run(suite, context, progress));
        }
        return new ValidationReport(subject, context.tier(), context.seed(), reports, (System.nanoTime() - start) * 1e-9, List.of());
    }

    /** Runs one suite (or says why it does not apply): what {@link #run(String, ValidationContext, Consumer)} does per suite. */
    public static SuiteReport run(ValidationSuite suite, ValidationContext context, Consumer<String> progress) {
        long t0 = System.nanoTime();
        Optional<String> skip = suite.notApplicable(context);
        if (skip.isPresent()) {
            progress.accept(suite.name() + ": not applicable (" + skip.get() + ")");
            return new SuiteReport(suite.name(), skip, List.of(), 0);
        }
        progress.accept(suite.name() + ": running");
        List<CheckResult> results = suite.run(context);
        results.forEach(r -> progress.accept(describe(r)));
        return new SuiteReport(suite.name(), Optional.empty(), results, (System.nanoTime() - t0) * 1e-9);
    }

    /** A check's progress line: {@code   name: PASSED (40/40)}. */
    public static String describe(CheckResult r) {
        return "  " + r.name() + ": " + r.verdict() + (r.verdict() == CheckResult.Verdict.SKIPPED ? ""
                : r.verdict() == CheckResult.Verdict.REPORTED ? " (" + r.tries() + " measured)" : " (" + (r.tries() - r.failed()) + "/" + r.tries() + ")");
    }
}
