package org.ratenet.equations;

import org.ratenet.api.error.InvalidInputException;

/**
 * An equation model that cannot be built, with where: the field of its definition ({@code equations}, {@code reset},
 * ...) and the line and column in that field's text, e.g.
 * {@code equations, line 2, column 14: unknown identifier 'V_t'}. One line, no stack trace needed.
 */
public class EquationException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final int line;
    private final int column;
    private final String reason;

    public EquationException(String field, int line, int column, String reason) {
        super(field + ", line " + line + ", column " + column + ": " + reason);
        this.field = field;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** The field of the definition, e.g. {@code equations}. */
    public String field() {
        return field;
    }

    /** The line in the field's text, from 1. */
    public int line() {
        return line;
    }

    /** The column in that line, from 1. */
    public int column() {
        return column;
    }

    /** What is wrong, without the place. */
    public String reason() {
        return reason;
    }
}
