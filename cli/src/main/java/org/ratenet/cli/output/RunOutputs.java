package org.ratenet.cli.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ratenet.api.result.Result;
import org.ratenet.api.result.TimeSeries;
import org.ratenet.api.spec.ExperimentSpec;

/**
 * Where a level's output goes in a run: the staging folder of the run folder (moved into place only when every output
 * is written), the report being written, the experiment, and the results of the levels that ran before (for overlays
 * such as a prediction on a histogram).
 */
public final class RunOutputs {

    /** Writes a binary file. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private final Path staging;
    private final StringBuilder report;
    private final ExperimentSpec experiment;
    private final Map<String, Result> results = new LinkedHashMap<>();

    public RunOutputs(Path staging, StringBuilder report, ExperimentSpec experiment) {
        this.staging = staging;
        this.report = report;
        this.experiment = experiment;
    }

    public ExperimentSpec experiment() {
        return experiment;
    }

    /** Appends Markdown to the report. */
    public RunOutputs report(String markdown) {
        report.append(markdown);
        return this;
    }

    /** Writes a text file into the run folder. */
    public void text(String name, CharSequence text) throws IOException {
        Files.writeString(staging.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** Writes a binary file (a plot, spikes) into the run folder. */
    public void file(String name, Writer writer) throws IOException {
        try (OutputStream o = Files.newOutputStream(staging.resolve(name))) {
            writer.write(o);
        }
    }

    /** Writes a file through a library that wants its path (e.g. an HDF5 writer). */
    @FunctionalInterface
    public interface PathWriter {
        void write(Path path) throws IOException;
    }

    /** Writes a file named {@code name} in the run folder with {@code writer}, which gets its path. */
    public void path(String name, PathWriter writer) throws IOException {
        writer.write(staging.resolve(name));
    }

    /** Records the result of a level that ran, for the levels after it. */
    public void ran(String level, Result result) {
        results.put(level, result);
    }

    /** The first earlier result of this type (e.g. a mean-field prediction to overlay). */
    public <T extends Result> Optional<T> earlier(Class<T> type) {
        return results.values().stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** The results so far, by level, in the order they ran. */
    public Map<String, Result> results() {
        return Map.copyOf(results);
    }

    /** A time series as CSV: {@code time_ms} then one column per channel. */
    public static String csv(TimeSeries t) {
        StringBuilder s = new StringBuilder("time_ms");
        for (String c : t.channelNames()) {
            s.append(',').append(c);
        }
        s.append('\n');
        double[] times = t.timesMs();
        List<double[]> channels = t.channelNames().stream().map(t::channel).toList();
        for (int k = 0; k < times.length; k++) {
            s.append(times[k]);
            for (double[] c : channels) {
                s.append(',').append(c[k]);
            }
            s.append('\n');
        }
        return s.toString();
    }
}
