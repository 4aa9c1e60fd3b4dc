package org.ratenet.cli.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A run folder ({@link ResumableFolder}): marked {@value #INCOMPLETE} with the run's file and overrides, holding the
 * resolved spec and, while the run goes on, its checkpoint; {@code ratenet run --resume DIR} finishes it.
 */
public final class RunFolder implements AutoCloseable {

    /** The marker of a run folder whose run has not finished; holds what {@code --resume} needs. */
    public static final String INCOMPLETE = "run.incomplete";
    public static final String CHECKPOINT = "simulation.checkpoint";
    public static final String STAGING = ResumableFolder.STAGING;
    public static final String RESOLVED_SPEC = "spec.resolved.yaml";
    public static final String LOCK = ResumableFolder.LOCK;
    private static final String COMMAND = "run";

    private final ResumableFolder folder;

    private RunFolder(ResumableFolder folder) {
        this.folder = folder;
    }

    /** What an interrupted run's marker holds: its file and overrides. */
    public record Marker(Path file, Map<String, String> overrides) {
    }

    /**
     * Creates a new run folder, marked incomplete, holding the resolved spec, and locks it. With {@code force} an earlier
     * ratenet output (finished or interrupted, not being written) is replaced.
     */
    public static RunFolder create(Path dir, Path file, Map<String, String> overrides, String resolvedSpec, boolean force) throws IOException {
        ObjectNode marker = JsonNodeFactory.instance.objectNode();
        marker.put("file", file.toString());
        ObjectNode o = marker.putObject("overrides");
        overrides.forEach(o::put);
        return new RunFolder(ResumableFolder.create(dir, COMMAND, INCOMPLETE, marker, Map.of(RESOLVED_SPEC, resolvedSpec), force));
    }

    /** An interrupted run folder to resume, locked; an exception saying why when it is not one or is being written. */
    public static RunFolder resume(Path dir) throws IOException {
        return new RunFolder(ResumableFolder.resume(dir, COMMAND, INCOMPLETE));
    }

    /** The marker of an interrupted run folder. */
    public static Marker marker(Path dir) {
        ObjectNode node = ResumableFolder.marker(dir, COMMAND, INCOMPLETE);
        try {
            Map<String, String> overrides = new LinkedHashMap<>();
            node.get("overrides").fields().forEachRemaining(e -> overrides.put(e.getKey(), e.getValue().asText()));
            return new Marker(Path.of(node.get("file").asText()), overrides);
        } catch (NullPointerException e) {
            throw new IllegalArgumentException("--resume " + dir + ": unreadable " + INCOMPLETE + " (no file or overrides in it)");
        }
    }

    public Path dir() {
        return folder.dir();
    }

    public Path resolvedSpec() {
        return folder.dir().resolve(RESOLVED_SPEC);
    }

    public Path checkpoint() {
        return folder.dir().resolve(CHECKPOINT);
    }

    /** A fresh, empty staging sub-folder for the outputs (what an interrupted attempt left there is discarded). */
    public Path staging() throws IOException {
        return folder.staging();
    }

    /** Moves the finished outputs into the folder, then removes the checkpoint and, last, the incomplete marker. */
    public void finish() throws IOException {
        folder.finish(List.of(CHECKPOINT));
    }

    /** Releases the lock (the folder stays as it is). */
    @Override
    public void close() throws IOException {
        folder.close();
    }
}
