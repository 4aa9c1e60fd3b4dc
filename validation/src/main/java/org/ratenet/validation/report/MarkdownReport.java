package org.ratenet.validation.report;

import java.util.Locale;

import org.ratenet.validation.CheckResult;
import org.ratenet.validation.SuiteReport;
import org.ratenet.validation.ValidationReport;
import org.ratenet.validation.map.ValidityMap;

/** The report for people: the verdict first, then a table of checks, then per check what was compared, how, and the cases. */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(ValidationReport report) {
        StringBuilder md = new StringBuilder();
        md.append("# Validation report: ").append(report.subject()).append("\n\n");
        md.append("**Verdict: ").append(report.passed() ? "PASSED" : "FAILED").append("** — ")
                .append(report.count(CheckResult.Verdict.PASSED)).append(" checks passed, ")
                .append(report.count(CheckResult.Verdict.FAILED)).append(" failed, ")
                .append(report.count(CheckResult.Verdict.SKIPPED)).append(" skipped, ").append(report.count(CheckResult.Verdict.REPORTED))
                .append(" measured without a verdict (tier ").append(report.tier().label())
                .append(", seed ").append(report.seed()).append(", ").append(String.format(Locale.ROOT, "%.1f", report.wallSeconds()))
                .append(" s).\n\n");
        md.append("Each check compares two levels of the same model (or the model against the contract every neuron model must meet) "
                + "under a stated null hypothesis. Exact checks must hold to rounding; statistical checks allow the confidence interval of "
                + "the simulation's own variability plus a stated model error, and give the probability that a correct model fails them "
                + "(the false-failure rate). A discrepancy in *tolerances* is |observed − expected| divided by the allowed difference: "
                + "below 1 passes. Checks marked *reported* measure how far two levels are apart where theory does not promise agreement "
                + "(an approximation's known limits); their numbers are the result. Re-run with the same seed to get the same numbers.\n\n");
        md.append("| suite | check | levels | verdict | cases passed | max discrepancy |\n|---|---|---|---|---|---|\n");
        for (SuiteReport s : report.suites()) {
            if (s.notApplicable().isPresent()) {
                md.append("| ").append(s.name()).append(" | — | — | not applicable: ").append(escape(s.notApplicable().get())).append(" | | |\n");
            }
            for (CheckResult c : s.checks()) {
                md.append("| ").append(s.name()).append(" | [").append(c.name()).append("](#").append(anchor(c.name())).append(") | ")
                        .append(String.join(" ↔ ", c.levels())).append(" | ").append(verdict(c)).append(" | ")
                        .append(c.verdict() == CheckResult.Verdict.SKIPPED ? "" : c.verdict() == CheckResult.Verdict.REPORTED ? c.tries() + " measured"
                                : (c.tries() - c.failed()) + "/" + c.tries()).append(" | ")
                        .append(c.verdict() == CheckResult.Verdict.SKIPPED ? "" : number(c.maxDiscrepancy()) + " " + c.discrepancyUnit()).append(" |\n");
            }
        }
        for (int k = 0; k < report.maps().size(); k++) {
            ValidityMap map = report.maps().get(k);
            md.append("\n## Validity map ").append(k + 1).append(": ").append(map.levels()).append(" over ").append(map.x().name())
                    .append(" and ").append(map.y().name()).append("\n\n");
            md.append(String.format(Locale.ROOT, "The levels agree within tolerance at %.0f %% of the points where both apply. Cells give the "
                    + "discrepancy in tolerances (<= 1 agrees, **bold** disagrees); n/a where the comparison does not apply (e.g. no "
                    + "stable mean-field state). Data: `%s.csv`.%n%n", 100 * map.agreement(), ReportWriter.mapName(k)));
            md.append("![validity map ").append(k + 1).append("](").append(ReportWriter.mapName(k)).append(".png)\n\n");
            md.append(map.table());
        }
        for (SuiteReport s : report.suites()) {
            if (s.checks().isEmpty()) {
                continue;
            }
            md.append("\n## ").append(s.name()).append(String.format(Locale.ROOT, " (%.1f s)", s.wallSeconds())).append("\n");
            for (CheckResult c : s.checks()) {
                md.append("\n### ").append(c.name()).append(" — ").append(verdict(c)).append("\n\n");
                md.append("- Compared: ").append(String.join(" ↔ ", c.levels())).append("\n");
                md.append("- Null hypothesis: ").append(c.hypothesis()).append("\n");
                md.append("- Tolerance: ").append(c.tolerance()).append("\n");
                md.append("- False-failure rate: ").append(c.falseFailureRate() == 0 ? "0 (exact)" : number(c.falseFailureRate())).append("\n");
                md.append("- Seed: ").append(c.seed()).append("\n");
                if (c.verdict() == CheckResult.Verdict.REPORTED) {
                    md.append("- Cases: ").append(c.tries()).append(" measured; max discrepancy ").append(number(c.maxDiscrepancy())).append(" ")
                            .append(c.discrepancyUnit()).append("\n");
                } else if (c.verdict() != CheckResult.Verdict.SKIPPED) {
                    md.append("- Cases: ").append(c.tries() - c.failed()).append(" of ").append(c.tries()).append(" passed; max discrepancy ")
                            .append(number(c.maxDiscrepancy())).append(" ").append(c.discrepancyUnit()).append("\n");
                }
                if (!c.counterexample().isEmpty()) {
                    md.append(c.verdict() == CheckResult.Verdict.SKIPPED ? "- Skipped: " : "- First failing case: ").append(c.counterexample()).append("\n");
                }
                if (!c.comparisons().isEmpty()) {
                    md.append("\n![").append(c.name()).append("](").append(ReportWriter.plotName(c)).append(")\n");
                }
                if (!c.details().isEmpty()) {
                    md.append("\n```\n");
                    c.details().forEach(d -> md.append(d).append('\n'));
                    md.append("```\n");
                }
            }
        }
        return md.toString();
    }

    private static String verdict(CheckResult c) {
        return switch (c.verdict()) {
            case PASSED -> "passed";
            case FAILED -> "**FAILED**";
            case SKIPPED -> "skipped";
            case REPORTED -> "reported";
        };
    }

    private static String number(double x) {
        return Double.isInfinite(x) ? "∞" : String.format(Locale.ROOT, "%.3g", x);
    }

    private static String anchor(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").replace(' ', '-');
    }

    private static String escape(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
