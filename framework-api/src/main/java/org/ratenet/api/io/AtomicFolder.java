package org.ratenet.api.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A folder of results that appears whole or not at all: files are written into a hidden temporary sibling
 * ({@link #staging()}), and {@link #commit()} moves it into place, replacing a previous folder of the same name only once
 * the new one is complete. {@link #close()} without a commit removes the staging folder, so a failed or interrupted
 * writer leaves nothing half-written under the target's name. Which folders may be written or replaced is the policy of
 * {@link OutputFolders}: never one that holds what the user put there.
 */
public final class AtomicFolder implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private final String command;
    private final boolean force;
    private boolean committed;

    private AtomicFolder(Path target, Path staging, String command, boolean force) {
        this.target = target;
        this.staging = staging;
        this.command = command;
        this.force = force;
    }

    /**
     * Starts writing {@code dir} for {@code command} under the policy of {@link OutputFolders}: a new or empty folder, or
     * ({@code force}) one ratenet wrote; anything else is an {@link IOException} before anything is written.
     */
    public static AtomicFolder create(Path dir, String command, boolean force) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        OutputFolders.mayWrite(target, force);
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp");
        try { // a temporary folder is private; the result is an ordinary folder
            Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: keep its defaults
        }
        return new AtomicFolder(target, staging, command, force);
    }

    /** Where to write the files. */
    public Path staging() {
        return staging;
    }

    /** The folder's final place. */
    public Path target() {
        return target;
    }

    /** Marks the staged folder as ratenet's and moves it into place (atomically where the file system can), replacing a previous one. */
    public void commit() throws IOException {
        OutputFolders.mark(staging, command);
        OutputFolders.mayWrite(target, force); // again: the folder may have changed while the output was written
        if (Files.isDirectory(target) && isEmptyFolder(target)) {
            Files.delete(target); // an empty folder the user made for the output
        }
        if (!Files.exists(target)) {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } else {
            Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old");
            Files.delete(old);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE); // put the previous folder back
                throw e;
            }
            deleteRecursively(old);
        }
        committed = true;
    }

    private static boolean isEmptyFolder(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.findAny().isEmpty();
        }
    }

    /** Removes the staging folder unless it was committed. */
    @Override
    public void close() {
        if (!committed) {
            deleteRecursively(staging);
        }
    }

    /** Deletes a folder and everything below it (nothing when it does not exist). */
    public static void deleteRecursively(Path dir) {
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
