package org.ratenet.api.error;

import java.util.Collection;

/**
 * Argument checks used in compact constructors. Each returns its argument so it can be used inline, and
 * throws {@link InvalidParameterException} naming parameter, value and allowed range.
 */
public final class Require {
    private Require() {
    }

    public static double finite(String name, double value, String unit) {
        if (!Double.isFinite(value)) {
            throw new InvalidParameterException(name, withUnit(value, unit), "a finite number");
        }
        return value;
    }

    public static double positive(String name, double value, String unit) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new InvalidParameterException(name, withUnit(value, unit), "> 0" + suffix(unit) + " and finite");
        }
        return value;
    }

    public static double nonNegative(String name, double value, String unit) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new InvalidParameterException(name, withUnit(value, unit), ">= 0" + suffix(unit) + " and finite");
        }
        return value;
    }

    public static double inClosedRange(String name, double value, double min, double max, String unit) {
        if (!(value >= min && value <= max)) {
            throw new InvalidParameterException(name, withUnit(value, unit),
                    "in [" + format(min) + ", " + format(max) + "]" + suffix(unit));
        }
        return value;
    }

    public static int atLeast(String name, int value, int min) {
        if (value < min) {
            throw new InvalidParameterException(name, value, ">= " + min);
        }
        return value;
    }

    public static String name(String what, String value) {
        if (value == null || !value.matches("[A-Za-z_][A-Za-z0-9_.\\-]*")) {
            throw new InvalidParameterException(what, value == null ? "null" : "'" + value + "'",
                    "a name of letters, digits, '_', '.', '-' starting with a letter or '_'");
        }
        return value;
    }

    public static <T> T nonNull(String name, T value) {
        if (value == null) {
            throw new InvalidParameterException(name, "null", "given");
        }
        return value;
    }

    public static <T> T oneOf(String name, T value, Collection<? extends T> allowed) {
        if (!allowed.contains(value)) {
            throw new InvalidParameterException(name, value, "one of " + allowed);
        }
        return value;
    }

    /**
     * Formats a number the way ratenet writes numbers: the shortest decimal that reads back as the same double, integral
     * values without ".0".
     */
    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /**
     * A computed number for a message, at 12 significant digits in its shortest form, so that accumulated rounding does
     * not show: a time {@code 7 * 0.1} ms prints as {@code 0.7}, not {@code 0.7000000000000001}. Not for files, which
     * keep every digit ({@link #format}).
     */
    public static String display(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return format(new java.math.BigDecimal(value).round(new java.math.MathContext(12)).doubleValue());
    }

    private static String withUnit(double value, String unit) {
        return format(value) + suffix(unit);
    }

    private static String suffix(String unit) {
        return unit == null || unit.isEmpty() ? "" : " " + unit;
    }
}
