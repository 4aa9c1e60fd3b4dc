package org.ratenet.cli.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ratenet.api.io.AtomicFolder;

/**
 * The life of a run folder: created marked {@value #INCOMPLETE} with the resolved spec (from then on an interrupted run
 * can be resumed), outputs written into the hidden {@value #STAGING} sub-folder, moved in at the end, then the
 * checkpoint and last the marker removed. An existing non-empty folder is never written into; an interrupted one is
 * pointed to {@code --resume}.
 */
public final class RunFolder {

    /** The marker of a run folder whose run has not finished; holds what {@code --resume} needs. */
    public static final String INCOMPLETE = "run.incomplete";
    public static final String CHECKPOINT = "simulation.checkpoint";
    public static final String STAGING = ".partial";
    public static final String RESOLVED_SPEC = "spec.resolved.yaml";

    private final Path dir;

    private RunFolder(Path dir) {
        this.dir = dir;
    }

    /** What an interrupted run's marker holds: its file and overrides. */
    public record Marker(Path file, Map<String, String> overrides) {
    }

    /** Creates a new run folder, marked incomplete, holding the resolved spec. */
    public static RunFolder create(Path dir, Path file, Map<String, String> overrides, String resolvedSpec) throws IOException {
        if (Files.exists(dir.resolve(INCOMPLETE))) {
            throw new IOException(dir + " holds an interrupted run: finish it with --resume " + dir + ", or remove it");
        }
        if (Files.exists(dir) && (!Files.isDirectory(dir) || isNonEmpty(dir))) {
            throw new IOException(dir + " exists: choose another --out, or remove it");
        }
        Files.createDirectories(dir);
        ObjectNode marker = JsonNodeFactory.instance.objectNode();
        marker.put("file", file.toString());
        ObjectNode o = marker.putObject("overrides");
        overrides.forEach(o::put);
        marker.put("created", Instant.now().toString());
        writeAtomically(dir.resolve(INCOMPLETE), new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(marker));
        writeAtomically(dir.resolve(RESOLVED_SPEC), resolvedSpec);
        return new RunFolder(dir);
    }

    /** An interrupted run folder to resume; an {@link IllegalArgumentException} saying why when it is not one. */
    public static RunFolder resume(Path dir) {
        marker(dir);
        return new RunFolder(dir);
    }

    /** The marker of an interrupted run folder. */
    public static Marker marker(Path dir) {
        Path marker = dir.resolve(INCOMPLETE);
        if (!Files.exists(marker)) {
            throw new IllegalArgumentException("--resume " + dir + ": not an interrupted run (no " + INCOMPLETE + " in it)");
        }
        try {
            ObjectNode node = (ObjectNode) new ObjectMapper().readTree(marker.toFile());
            Map<String, String> overrides = new LinkedHashMap<>();
            node.get("overrides").fields().forEachRemaining(e -> overrides.put(e.getKey(), e.getValue().asText()));
            return new Marker(Path.of(node.get("file").asText()), overrides);
        } catch (IOException | ClassCastException | NullPointerException e) {
            throw new IllegalArgumentException("--resume " + dir + ": unreadable " + INCOMPLETE + " (" + e.getMessage() + ")");
        }
    }

    public Path dir() {
        return dir;
    }

    public Path resolvedSpec() {
        return dir.resolve(RESOLVED_SPEC);
    }

    public Path checkpoint() {
        return dir.resolve(CHECKPOINT);
    }

    /** A fresh, empty staging sub-folder for the outputs (what an interrupted attempt left there is discarded). */
    public Path staging() throws IOException {
        Path partial = dir.resolve(STAGING);
        AtomicFolder.deleteRecursively(partial);
        return Files.createDirectories(partial);
    }

    /** Moves the finished outputs into the folder, then removes the checkpoint and, last, the incomplete marker. */
    public void finish() throws IOException {
        Path partial = dir.resolve(STAGING);
        try (Stream<Path> files = Files.list(partial)) {
            for (Path f : files.toList()) {
                Files.move(f, dir.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        Files.delete(partial);
        Files.deleteIfExists(dir.resolve(CHECKPOINT));
        Files.delete(dir.resolve(INCOMPLETE));
    }

    private static boolean isNonEmpty(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.findAny().isPresent();
        }
    }

    private static void writeAtomically(Path target, String text) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
