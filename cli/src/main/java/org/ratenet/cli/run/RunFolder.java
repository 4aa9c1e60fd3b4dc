package org.ratenet.cli.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ratenet.api.io.AtomicFolder;
import org.ratenet.api.io.OutputFolders;

/**
 * The life of a run folder: it appears whole (prepared in a hidden sibling and renamed into place) with the
 * {@value #INCOMPLETE} marker and the resolved spec, so that a run killed at any later moment can be resumed; it is
 * locked ({@value #LOCK}) while a process writes it, so that no second process resumes it meanwhile; outputs are written
 * into the hidden {@value #STAGING} sub-folder and moved in at the end, then the checkpoint, the lock and last the
 * marker are removed, so a folder without the marker is complete. Folders follow {@link OutputFolders}: a new or empty
 * one, or ({@code --force}) an earlier ratenet output; an interrupted one is pointed to {@code --resume}.
 */
public final class RunFolder implements AutoCloseable {

    /** The marker of a run folder whose run has not finished; holds what {@code --resume} needs. */
    public static final String INCOMPLETE = "run.incomplete";
    public static final String CHECKPOINT = "simulation.checkpoint";
    public static final String STAGING = ".partial";
    public static final String RESOLVED_SPEC = "spec.resolved.yaml";
    public static final String LOCK = ".lock";

    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private RunFolder(Path dir) throws IOException {
        this.dir = dir;
        this.lockChannel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock held;
        try {
            held = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            held = null;
        }
        if (held == null) {
            lockChannel.close();
            throw new IOException(dir + " is being written by another ratenet process; wait for it to finish (or stop it and --resume)");
        }
        this.lock = held;
    }

    /** What an interrupted run's marker holds: its file and overrides. */
    public record Marker(Path file, Map<String, String> overrides) {
    }

    /**
     * Creates a new run folder, marked incomplete, holding the resolved spec, and locks it. With {@code force} an earlier
     * ratenet output (finished or interrupted, not being written) is replaced.
     */
    public static RunFolder create(Path dir, Path file, Map<String, String> overrides, String resolvedSpec, boolean force) throws IOException {
        dir = dir.toAbsolutePath().normalize();
        if (Files.exists(dir.resolve(INCOMPLETE)) && !force) {
            throw new IOException(dir + " holds an interrupted run: finish it with --resume " + dir + " (or --force to start it anew)");
        }
        if (OutputFolders.mayWrite(dir, force)) {
            new RunFolder(dir).close(); // not being written by another process
            AtomicFolder.deleteRecursively(dir);
        }
        Files.createDirectories(dir.getParent());
        Path prepared = Files.createTempDirectory(dir.getParent(), "." + dir.getFileName() + ".new");
        ObjectNode marker = JsonNodeFactory.instance.objectNode();
        marker.put("file", file.toString());
        ObjectNode o = marker.putObject("overrides");
        overrides.forEach(o::put);
        marker.put("created", Instant.now().toString());
        try {
            Files.setPosixFilePermissions(prepared, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: keep its defaults
        }
        Files.writeString(prepared.resolve(RESOLVED_SPEC), resolvedSpec, StandardCharsets.UTF_8);
        Files.writeString(prepared.resolve(INCOMPLETE), new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(marker),
                StandardCharsets.UTF_8);
        OutputFolders.mark(prepared, "run");
        if (Files.isDirectory(dir)) {
            Files.delete(dir); // the empty folder the user made for the run
        }
        Files.move(prepared, dir, StandardCopyOption.ATOMIC_MOVE);
        return new RunFolder(dir);
    }

    /** An interrupted run folder to resume, locked; an exception saying why when it is not one or is being written. */
    public static RunFolder resume(Path dir) throws IOException {
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
        close();
        Files.deleteIfExists(dir.resolve(LOCK));
        Files.delete(dir.resolve(INCOMPLETE));
    }

    /** Releases the lock (the folder stays as it is). */
    @Override
    public void close() throws IOException {
        if (lockChannel.isOpen()) {
            lock.release();
            lockChannel.close();
        }
    }
}
