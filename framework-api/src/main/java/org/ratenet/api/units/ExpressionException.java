package org.ratenet.api.units;

import org.ratenet.api.error.InvalidInputException;

/** Text that is not a valid quantity or expression, or whose dimensions do not fit; one line. */
public class ExpressionException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    public ExpressionException(String message) {
        super(message);
    }
}
