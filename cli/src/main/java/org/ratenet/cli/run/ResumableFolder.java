package org.ratenet.cli.run;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ratenet.api.io.AtomicFolder;
import org.ratenet.api.io.OutputFolders;

/**
 * The life of an output folder that an interrupted command can finish ({@code run --resume}, {@code sweep --resume}): it
 * appears whole (prepared in a hidden sibling and renamed into place) with an incomplete-marker holding what resuming
 * needs; it is locked ({@value #LOCK}) while a process writes it, so that no second process resumes it meanwhile; outputs
 * are written into the hidden {@value #STAGING} sub-folder and moved in at the end, then the working files, the lock
 * and last the marker are removed, so a folder without the marker is complete. Folders follow {@link OutputFolders}: a
 * new or empty one, or ({@code --force}) an earlier ratenet output; an interrupted one is pointed to {@code --resume}.
 */
public final class ResumableFolder implements AutoCloseable {

    public static final String STAGING = ".partial";
    public static final String LOCK = ".lock";

    private final Path dir;
    private final String markerName;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private ResumableFolder(Path dir, String markerName) throws IOException {
        this.dir = dir;
        this.markerName = markerName;
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

    /**
     * Creates a new folder for {@code command} ("run", "sweep"), marked incomplete by {@code markerName} holding
     * {@code marker} (and the time it was created), with {@code files} (name → text), and locks it. With {@code force}
     * an earlier ratenet output (finished or interrupted, not being written) is replaced.
     */
    public static ResumableFolder create(Path dir, String command, String markerName, ObjectNode marker, Map<String, String> files,
                                         boolean force) throws IOException {
        dir = dir.toAbsolutePath().normalize();
        if (Files.exists(dir.resolve(markerName)) && !force) {
            throw new IOException(dir + " holds an interrupted " + command + ": finish it with --resume " + dir + " (or --force to start it anew)");
        }
        if (OutputFolders.mayWrite(dir, force)) {
            new ResumableFolder(dir, markerName).close(); // not being written by another process
            AtomicFolder.deleteRecursively(dir);
        }
        Files.createDirectories(dir.getParent());
        Path prepared = Files.createTempDirectory(dir.getParent(), "." + dir.getFileName() + ".new");
        try {
            Files.setPosixFilePermissions(prepared, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: keep its defaults
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(prepared.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
        ObjectNode stamped = marker.deepCopy().put("created", Instant.now().toString());
        Files.writeString(prepared.resolve(markerName), new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(stamped),
                StandardCharsets.UTF_8);
        OutputFolders.mark(prepared, command);
        if (Files.isDirectory(dir)) {
            Files.delete(dir); // the empty folder the user made for the output
        }
        Files.move(prepared, dir, StandardCopyOption.ATOMIC_MOVE);
        return new ResumableFolder(dir, markerName);
    }

    /** An interrupted folder to resume, locked; an exception saying why when it is not one or is being written. */
    public static ResumableFolder resume(Path dir, String command, String markerName) throws IOException {
        marker(dir, command, markerName);
        return new ResumableFolder(dir.toAbsolutePath().normalize(), markerName);
    }

    /** The marker of an interrupted folder of {@code command}. */
    public static ObjectNode marker(Path dir, String command, String markerName) {
        Path marker = dir.resolve(markerName);
        if (!Files.exists(marker)) {
            throw new IllegalArgumentException("--resume " + dir + ": not an interrupted " + command + " (no " + markerName + " in it)");
        }
        try {
            return (ObjectNode) new ObjectMapper().readTree(marker.toFile());
        } catch (IOException | ClassCastException e) {
            throw new IllegalArgumentException("--resume " + dir + ": unreadable " + markerName + " (" + e.getMessage() + ")");
        }
    }

    public Path dir() {
        return dir;
    }

    /** A fresh, empty staging sub-folder for the outputs (what an interrupted attempt left there is discarded). */
    public Path staging() throws IOException {
        Path partial = dir.resolve(STAGING);
        AtomicFolder.deleteRecursively(partial);
        return Files.createDirectories(partial);
    }

    /** Moves the finished outputs into the folder, then removes the {@code workingFiles}, the lock and, last, the marker. */
    public void finish(List<String> workingFiles) throws IOException {
        Path partial = dir.resolve(STAGING);
        try (Stream<Path> files = Files.list(partial)) {
            for (Path f : files.toList()) {
                Files.move(f, dir.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        Files.delete(partial);
        for (String w : workingFiles) {
            Files.deleteIfExists(dir.resolve(w));
        }
        close();
        Files.deleteIfExists(dir.resolve(LOCK));
        Files.delete(dir.resolve(markerName));
    }

    /** Removes the whole folder (an output that turned out to have nothing to show). */
    public void discard() throws IOException {
        close();
        AtomicFolder.deleteRecursively(dir);
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
