package org.ratenet.api.registry;

import java.util.Set;

import org.ratenet.api.error.InvalidInputException;

/** A name that no registered component has; lists the names that exist. */
public class UnknownNameException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    public UnknownNameException(String kind, String name, Set<String> known) {
        super("unknown " + kind + " '" + name + "' (known: " + (known.isEmpty() ? "none" : String.join(", ", known)) + ")");
    }
}
