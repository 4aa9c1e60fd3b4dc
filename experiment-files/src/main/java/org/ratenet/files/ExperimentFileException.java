package org.ratenet.files;

import org.ratenet.api.error.InvalidInputException;

/** A problem in an experiment file at a path such as {@code populations.E.size}; one line. */
public class ExperimentFileException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final String path;

    public ExperimentFileException(String path, String reason) {
        super((path.isEmpty() ? "" : path + ": ") + flatten(reason));
        this.path = path;
    }

    public String path() {
        return path;
    }

    /** Any text as one printable line. */
    static String flatten(String text) {
        String flat = String.valueOf(text).replaceAll("\\s*[\\r\\n]+\\s*", " ").replaceAll("\\p{Cntrl}", "?").trim();
        return flat.length() > 300 ? flat.substring(0, 297) + "..." : flat;
    }
}
