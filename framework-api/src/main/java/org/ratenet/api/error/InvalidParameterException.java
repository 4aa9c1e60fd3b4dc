package org.ratenet.api.error;

import java.util.Locale;

/**
 * A parameter whose value lies outside its allowed range. The message names all three, e.g.
 * {@code tau_m = -5 ms is not allowed: must be > 0 ms}.
 */
public class InvalidParameterException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final String value;
    private final String allowed;

    /**
     * @param parameter the parameter's name (or path, e.g. {@code populations.E.size})
     * @param value the rejected value as text, with its unit
     * @param allowed the allowed range or values, e.g. {@code > 0 ms} or {@code one of [a, b]}
     */
    public InvalidParameterException(String parameter, Object value, String allowed) {
        super(printable(parameter) + " = " + printable(String.valueOf(value)) + " is not allowed: must be " + allowed);
        this.parameter = parameter;
        this.value = String.valueOf(value);
        this.allowed = allowed;
    }

    /** The text with control characters escaped ({@code \n}, {@code \u0000}), so a message stays one line. */
    static String printable(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private InvalidParameterException(String parameter, String value, String allowed, String message) {
        super(message);
        this.parameter = parameter;
        this.value = value;
        this.allowed = allowed;
    }

    /** A name that is not a parameter of the component; lists the names that are. */
    public static InvalidParameterException unknown(String parameter, String allowedNames) {
        return new InvalidParameterException(parameter, "", "one of " + allowedNames,
                "unknown parameter '" + printable(parameter) + "' (allowed: " + allowedNames + ")");
    }

    /** A required parameter that was not given; says what it is and its range. */
    public static InvalidParameterException missing(String parameter, String description) {
        return new InvalidParameterException(parameter, "", description,
                "missing parameter '" + parameter + "' (" + description + ")");
    }

    public String parameter() {
        return parameter;
    }

    public String value() {
        return value;
    }

    public String allowed() {
        return allowed;
    }
}
