package org.ratenet.cli.sweep;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ratenet.cli.run.ResumableFolder;

/**
 * A sweep folder ({@link ResumableFolder}): marked {@value #INCOMPLETE} with the sweep's inputs (the experiment file's
 * bytes as they were, the {@code --set}s, level and time), and, while the sweep runs, a journal ({@value #JOURNAL}) with a
 * line per finished point, written and forced to disk as each point's row reaches this process. {@code ratenet sweep
 * --resume DIR} reads both, runs only the points the journal lacks, and writes the same CSV as an uninterrupted sweep.
 */
public final class SweepFolder implements AutoCloseable {

    public static final String INCOMPLETE = "sweep.incomplete";
    public static final String JOURNAL = "points.journal";
    private static final String COMMAND = "sweep";

    /** What a sweep is made from; {@code timeMs} null for the file's duration. */
    public record Inputs(String file, byte[] experiment, boolean json, Map<String, String> sets, String level, Double timeMs) {
    }

    private final ResumableFolder folder;
    private final FileChannel journal;

    private SweepFolder(ResumableFolder folder) throws IOException {
        this.folder = folder;
        this.journal = FileChannel.open(folder.dir().resolve(JOURNAL), StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    /** A new sweep folder (with {@code force} replacing an earlier ratenet output), locked. */
    public static SweepFolder create(Path dir, Inputs inputs, boolean force) throws IOException {
        ObjectNode marker = JsonNodeFactory.instance.objectNode();
        marker.put("file", inputs.file());
        marker.put("json", inputs.json());
        marker.put("experiment_base64", Base64.getEncoder().encodeToString(inputs.experiment()));
        ObjectNode sets = marker.putObject("sets");
        inputs.sets().forEach(sets::put);
        marker.put("level", inputs.level());
        if (inputs.timeMs() != null) {
            marker.put("time_ms", inputs.timeMs());
        }
        return new SweepFolder(ResumableFolder.create(dir, COMMAND, INCOMPLETE, marker, Map.of(), force));
    }

    /** An interrupted sweep folder, locked, its journal cut after its last whole line (a kill may have cut the next). */
    public static SweepFolder resume(Path dir) throws IOException {
        ResumableFolder folder = ResumableFolder.resume(dir, COMMAND, INCOMPLETE);
        Path journal = folder.dir().resolve(JOURNAL);
        if (Files.exists(journal)) {
            byte[] bytes = Files.readAllBytes(journal);
            int end = bytes.length;
            while (end > 0 && bytes[end - 1] != '\n') {
                end--;
            }
            try (FileChannel c = FileChannel.open(journal, StandardOpenOption.WRITE)) {
                c.truncate(end);
            }
        }
        return new SweepFolder(folder);
    }

    /** The inputs of an interrupted sweep. */
    public static Inputs inputs(Path dir) {
        ObjectNode m = ResumableFolder.marker(dir, COMMAND, INCOMPLETE);
        try {
            Map<String, String> sets = new LinkedHashMap<>();
            m.get("sets").fields().forEachRemaining(e -> sets.put(e.getKey(), e.getValue().asText()));
            JsonNode time = m.get("time_ms");
            return new Inputs(m.get("file").asText(), Base64.getDecoder().decode(m.get("experiment_base64").asText()), m.get("json").asBoolean(), sets,
                    m.get("level").asText(), time == null ? null : time.asDouble());
        } catch (NullPointerException | IllegalArgumentException e) {
            throw new IllegalArgumentException("--resume " + dir + ": unreadable " + INCOMPLETE + " (" + e.getMessage() + ")");
        }
    }

    public Path dir() {
        return folder.dir();
    }

    /** Appends a finished point's row to the journal and forces it to disk (from any thread). */
    public synchronized void record(SweepRow row) throws IOException {
        ByteBuffer line = ByteBuffer.wrap((SweepRowJson.write(row) + "\n").getBytes(StandardCharsets.UTF_8));
        while (line.hasRemaining()) {
            journal.write(line);
        }
        journal.force(false);
    }

    /**
     * The rows of the journal, one per point (the first if a point appears twice); a last line cut short by a kill is
     * ignored (its point runs again; {@link #resume} has cut it off before anything is appended).
     */
    public List<SweepRow> recorded() throws IOException {
        Map<Integer, SweepRow> rows = new TreeMap<>();
        List<String> lines = Files.readAllLines(folder.dir().resolve(JOURNAL), StandardCharsets.UTF_8);
        for (int k = 0; k < lines.size(); k++) {
            try {
                SweepRow row = SweepRowJson.read(lines.get(k));
                rows.putIfAbsent(row.index(), row);
            } catch (IOException | RuntimeException e) {
                if (k < lines.size() - 1) {
                    throw new IOException(JOURNAL + " line " + (k + 1) + " is damaged: " + e.getMessage(), e);
                }
            }
        }
        return new ArrayList<>(rows.values());
    }

    public Path staging() throws IOException {
        return folder.staging();
    }

    /** Moves the outputs in; removes the journal, the lock and last the marker. */
    public void finish() throws IOException {
        journal.close();
        folder.finish(List.of(JOURNAL));
    }

    /** Removes the folder (a sweep without a valid point has nothing to show). */
    public void discard() throws IOException {
        journal.close();
        folder.discard();
    }

    @Override
    public void close() throws IOException {
        journal.close();
        folder.close();
    }
}
