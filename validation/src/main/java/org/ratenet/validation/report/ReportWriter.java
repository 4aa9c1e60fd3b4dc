package org.ratenet.validation.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ratenet.api.io.AtomicFolder;
import org.ratenet.validation.CheckResult;
import org.ratenet.validation.ValidationReport;
import org.ratenet.validation.map.ValidityMapPlot;

/**
 * Writes a validation report as a folder: {@code report.md} (for people), {@code report.json} (for programs), one
 * PNG per quantitative check, and per validity map a heat-map PNG and a CSV; whole or not at all ({@link AtomicFolder}).
 */
public final class ReportWriter {

    private ReportWriter() {
    }

    /** The file name of a check's plot. */
    static String plotName(CheckResult check) {
        return check.name().replaceAll("[^A-Za-z0-9_.-]", "_") + ".png";
    }

    /** The file name (without extension) of the k-th validity map. */
    static String mapName(int k) {
        return "validity-map-" + (k + 1);
    }

    /** Writes the report folder whole, under the output-folder policy ({@code force}: may replace an earlier ratenet report). */
    public static void write(ValidationReport report, Path dir, boolean force) throws IOException {
        try (AtomicFolder folder = AtomicFolder.create(dir, "validate", force)) {
            Path tmp = folder.staging();
            for (CheckResult check : report.checks()) {
                if (!check.comparisons().isEmpty()) {
                    try (OutputStream out = Files.newOutputStream(tmp.resolve(plotName(check)))) {
                        ComparisonPlot.write(check, out);
                    }
                }
            }
            for (int k = 0; k < report.maps().size(); k++) {
                try (OutputStream out = Files.newOutputStream(tmp.resolve(mapName(k) + ".png"))) {
                    ValidityMapPlot.write(report.maps().get(k), out);
                }
                Files.writeString(tmp.resolve(mapName(k) + ".csv"), report.maps().get(k).csv(), StandardCharsets.UTF_8);
            }
            Files.writeString(tmp.resolve("report.md"), MarkdownReport.render(report), StandardCharsets.UTF_8);
            Files.writeString(tmp.resolve("report.json"), JsonReport.render(report), StandardCharsets.UTF_8);
            folder.commit();
        }
    }
}
