package org.ratenet.api.error;

/**
 * The one family of invalid input, whatever its form: a parameter out of range ({@link InvalidParameterException}), a
 * quantity with the wrong unit or an expression that does not parse ({@code ExpressionException}), an unknown name, a
 * spec that does not fit together, an unreadable experiment file, a plugin of the wrong shape. Catching it (or
 * {@link IllegalArgumentException}, its superclass, as Java code validating arguments expects) catches every one; the
 * message is one line naming what was wrong, its value and what is allowed. Runtime failures of valid input
 * (divergence, a level that cannot represent a spec) are {@link RatenetException}s instead.
 */
public class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
