package org.ratenet.api.error;

/** Base of every exception ratenet throws on purpose; its message is one line meant for a person. */
public class RatenetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RatenetException(String message) {
        super(message);
    }

    public RatenetException(String message, Throwable cause) {
        super(message, cause);
    }
}
