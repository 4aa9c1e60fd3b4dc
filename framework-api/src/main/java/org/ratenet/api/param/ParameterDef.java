package org.ratenet.api.param;

import java.util.List;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;
import org.ratenet.api.units.Dimension;
import org.ratenet.api.units.Quantity;

/**
 * One parameter a component takes: its name, type, dimension, allowed range, default (null when the
 * parameter is required) and a description with its unit. Built fluently:
 * {@code ParameterDef.quantity("tau_m", Dimension.TIME, "membrane time constant").positive()}.
 */
public record ParameterDef(String name, Type type, Dimension dimension, double min, boolean minInclusive,
                           double max, boolean maxInclusive, Object defaultValue, List<String> choices,
                           String description) {

    /** What kind of value a parameter holds. */
    public enum Type { QUANTITY, INTEGER, FLAG, TEXT }

    public ParameterDef {
        Require.name("parameter name", name);
        Require.nonNull("type", type);
        Require.nonNull("dimension", dimension);
        choices = List.copyOf(choices);
        description = description == null ? "" : description;
        if (defaultValue != null) {
            new ParameterDef(name, type, dimension, min, minInclusive, max, maxInclusive, null, choices, description)
                    .check(defaultValue);
        }
    }

    /** A real-valued quantity of the given dimension, unbounded and required. */
    public static ParameterDef quantity(String name, Dimension dimension, String description) {
        return new ParameterDef(name, Type.QUANTITY, dimension, Double.NEGATIVE_INFINITY, false,
                Double.POSITIVE_INFINITY, false, null, List.of(), description);
    }

    /** A dimensionless whole number, unbounded and required. */
    public static ParameterDef integer(String name, String description) {
        return new ParameterDef(name, Type.INTEGER, Dimension.DIMENSIONLESS, Integer.MIN_VALUE, true,
                Integer.MAX_VALUE, true, null, List.of(), description);
    }

    /** A true/false flag with its default. */
    public static ParameterDef flag(String name, boolean defaultValue, String description) {
        return new ParameterDef(name, Type.FLAG, Dimension.DIMENSIONLESS, 0, true, 0, true, defaultValue, List.of(),
                description);
    }

    /** A text parameter that must be one of {@code choices}. */
    public static ParameterDef text(String name, List<String> choices, String description) {
        return new ParameterDef(name, Type.TEXT, Dimension.DIMENSIONLESS, 0, true, 0, true, null, choices,
                description);
    }

    /** Only values > 0. */
    public ParameterDef positive() {
        return new ParameterDef(name, type, dimension, 0, false, max, maxInclusive, defaultValue, choices, description);
    }

    /** Only values >= 0. */
    public ParameterDef nonNegative() {
        return new ParameterDef(name, type, dimension, 0, true, max, maxInclusive, defaultValue, choices, description);
    }

    /** Only values in {@code [min, max]}. */
    public ParameterDef inRange(double lo, double hi) {
        return new ParameterDef(name, type, dimension, lo, true, hi, true, defaultValue, choices, description);
    }

    /** Only values >= {@code lo}. */
    public ParameterDef atLeast(double lo) {
        return new ParameterDef(name, type, dimension, lo, true, max, maxInclusive, defaultValue, choices, description);
    }

    /** Optional, with this default (a {@link Quantity}, Boolean or String). */
    public ParameterDef withDefault(Object value) {
        return new ParameterDef(name, type, dimension, min, minInclusive, max, maxInclusive, value, choices, description);
    }

    /** Optional, with a default in canonical units of this parameter's dimension. */
    public ParameterDef withDefault(double value) {
        return withDefault(new Quantity(value, dimension));
    }

    public boolean required() {
        return defaultValue == null;
    }

    /** Returns the value, normalised (a plain 0 for a dimensional quantity gets the dimension), or fails. */
    public Object check(Object value) {
        switch (type) {
            case FLAG:
                if (value instanceof Boolean) {
                    return value;
                }
                throw new InvalidParameterException(name, value, "true or false");
            case TEXT:
                if (value instanceof String s && (choices.isEmpty() || choices.contains(s))) {
                    return value;
                }
                throw new InvalidParameterException(name, value, choices.isEmpty() ? "text" : "one of " + choices);
            default:
                if (!(value instanceof Quantity q)) {
                    throw new InvalidParameterException(name, value, dimension.description());
                }
                Quantity v = q.requireDimension(name, dimension);
                double x = v.value();
                if (type == Type.INTEGER && x != Math.rint(x)) {
                    throw new InvalidParameterException(name, v.format(), "a whole number" + rangeText(", "));
                }
                boolean aboveMin = minInclusive ? x >= min : x > min;
                boolean belowMax = maxInclusive ? x <= max : x < max;
                if (!aboveMin || !belowMax || !Double.isFinite(x)) {
                    throw new InvalidParameterException(name, v.format(), rangeText(""));
                }
                return v;
        }
    }

    /** The allowed range as text, e.g. {@code > 0 ms} or {@code in [0, 1]}. */
    public String rangeText(String prefix) {
        String unit = dimension.canonicalSymbol().isEmpty() ? "" : " " + dimension.canonicalSymbol();
        boolean bounded = type == Type.QUANTITY;
        boolean hasMin = bounded ? min != Double.NEGATIVE_INFINITY : min > Integer.MIN_VALUE;
        boolean hasMax = bounded ? max != Double.POSITIVE_INFINITY : max < Integer.MAX_VALUE;
        if (hasMin && hasMax) {
            return prefix + "in " + (minInclusive ? "[" : "(") + Require.format(min) + ", " + Require.format(max)
                    + (maxInclusive ? "]" : ")") + unit;
        }
        if (hasMin) {
            return prefix + (minInclusive ? ">= " : "> ") + Require.format(min) + unit;
        }
        if (hasMax) {
            return prefix + (maxInclusive ? "<= " : "< ") + Require.format(max) + unit;
        }
        return prefix.isEmpty() ? "finite" + unit : "";
    }
}
