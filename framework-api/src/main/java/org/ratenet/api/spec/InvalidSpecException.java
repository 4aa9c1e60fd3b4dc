package org.ratenet.api.spec;

import org.ratenet.api.error.InvalidInputException;

/**
 * A spec that is well-formed but does not fit the registered components: an unknown neuron model, a
 * parameter out of range, an in-degree larger than its source. Names the path, e.g.
 * {@code populations.E.neuron.tau_m}.
 */
public class InvalidSpecException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String reason;

    public InvalidSpecException(String path, String reason, Throwable cause) {
        super(path + ": " + reason, cause);
        this.path = path;
        this.reason = reason;
    }

    public String path() {
        return path;
    }

    public String reason() {
        return reason;
    }
}
