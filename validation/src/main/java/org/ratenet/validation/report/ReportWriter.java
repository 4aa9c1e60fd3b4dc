package org.ratenet.validation.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import org.ratenet.validation.CheckResult;
import org.ratenet.validation.ValidationReport;
import org.ratenet.validation.map.ValidityMapPlot;

/**
 * Writes a validation report as a folder: {@code report.md} (for people), {@code report.json} (for programs), one
 * PNG per quantitative check, and per validity map a heat-map PNG and a CSV. The folder appears whole or not at all: everything is written to a temporary sibling,
 * which then replaces the target (a previous report there is removed only after the new one is in place).
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

    public static void write(ValidationReport report, Path dir) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new IOException(target + " exists and is not a folder");
        }
        Path tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp");
        try {
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
            replace(tmp, target);
        } catch (IOException | RuntimeException e) {
            deleteRecursively(tmp);
            throw e;
        }
    }

    private static void replace(Path fresh, Path target) throws IOException {
        if (!Files.exists(target)) {
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old");
        Files.delete(old);
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE); // put the previous report back
            throw e;
        }
        deleteRecursively(old);
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
