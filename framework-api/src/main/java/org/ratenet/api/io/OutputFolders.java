package org.ratenet.api.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * The one policy of every folder ratenet writes ({@code run --out}, {@code sweep --out}, {@code validate --report}): a
 * new or empty folder; never one that holds what the user put there. A folder ratenet wrote carries the marker file
 * {@value #MARKER}, and only such a folder may be replaced, and only when asked ({@code --force}).
 */
public final class OutputFolders {

    /** The file that says ratenet wrote a folder. */
    public static final String MARKER = ".ratenet-output";

    private OutputFolders() {
    }

    /**
     * Checks that {@code dir} may be written: it does not exist, is an empty folder, or ({@code force}) is a folder ratenet
     * wrote. Returns whether it holds an earlier output that is to be replaced. An {@link IOException} says why not.
     */
    public static boolean mayWrite(Path dir, boolean force) throws IOException {
        if (!Files.exists(dir)) {
            return false;
        }
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + " exists and is not a folder");
        }
        if (isEmpty(dir)) {
            return false;
        }
        boolean ours = Files.exists(dir.resolve(MARKER));
        if (force && ours) {
            return true;
        }
        throw new IOException(dir + " exists and is not empty: choose another folder" + (ours
                ? ", or add --force to replace this earlier ratenet output"
                : " (--force replaces only folders ratenet wrote, and this one holds files it did not write)"));
    }

    /**
     * {@link #mayWrite}, then proves that the folder can be made where asked (its parent is created and a temporary
     * folder made and removed there), so that an unwritable place is refused with its reason before any work.
     */
    public static boolean prepare(Path dir, boolean force) throws IOException {
        boolean replace = mayWrite(dir, force);
        Path parent = dir.toAbsolutePath().normalize().getParent();
        try {
            Files.createDirectories(parent);
            Files.delete(Files.createTempDirectory(parent, ".ratenet-probe"));
        } catch (IOException e) {
            throw new IOException("cannot write " + dir + ": " + reason(e), e);
        }
        return replace;
    }

    /** {@link #reason(IOException)} of an I/O failure, also when it comes wrapped in an {@link java.io.UncheckedIOException}. */
    public static String reason(Exception e) {
        if (e instanceof IOException io) {
            return reason(io);
        }
        if (e instanceof java.io.UncheckedIOException u) {
            return reason(u.getCause());
        }
        return String.valueOf(e.getMessage());
    }

    /** What went wrong with a file operation, in words (Java's exceptions often carry only the path). */
    public static String reason(IOException e) {
        if (e.getClass() == IOException.class) {
            return e.getMessage();
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied (" + e.getMessage() + ")";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder (" + e.getMessage() + ")";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "already exists (" + e.getMessage() + ")";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason() + " (" + f.getFile() + ")";
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** Writes the marker into a folder being written, saying which command wrote it and when. */
    public static void mark(Path dir, String command) throws IOException {
        Files.writeString(dir.resolve(MARKER), "written by ratenet " + command + " at " + Instant.now() + "\n", StandardCharsets.UTF_8);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.findAny().isEmpty();
        }
    }
}
