package org.ratenet.api.units;

import java.util.Map;

import org.ratenet.api.error.Require;

/**
 * A value with its dimension, stored in the canonical unit of that dimension ({@link Dimension}).
 * {@link #format()} writes the shortest text that {@link #parse(String)} reads back to the same bits.
 */
public record Quantity(double value, Dimension dimension) {

    public Quantity {
        if (dimension == null) {
            throw new IllegalArgumentException("dimension = null is not allowed: must be given");
        }
        value = value + 0.0; // one zero: -0.0 becomes 0.0
    }

    /** A value in the given unit, e.g. {@code Quantity.of(1, Unit.S)} is 1000 ms. */
    public static Quantity of(double value, Unit unit) {
        return new Quantity(unit.toCanonical(value), unit.dimension());
    }

    /** A dimensionless number. */
    public static Quantity number(double value) {
        return new Quantity(value, Dimension.DIMENSIONLESS);
    }

    /** Parses a constant quantity such as {@code "20 ms"}, {@code "0.1 mV"}, {@code "1 µS"}, {@code "8 Hz"}. */
    public static Quantity parse(String text) {
        return Expression.parse(text).evaluate(Map.of());
    }

    /**
     * Parses a quantity for the named field and checks its dimension, e.g.
     * {@code parse("tau_m", "20 mV", Dimension.TIME)} fails with a message naming {@code tau_m}.
     */
    public static Quantity parse(String field, String text, Dimension expected) {
        Quantity parsed;
        try {
            parsed = Quantity.parse(text);
        } catch (ExpressionException e) {
            throw new ExpressionException(field + ": " + e.getMessage());
        }
        return parsed.requireDimension(field, expected);
    }

    /**
     * This quantity if it has the expected dimension. A plain 0 is accepted for any dimension; any other
     * plain number for a dimensional field is an error, so that a forgotten unit is never a silent 1000×.
     * The message starts with {@code field: } unless the field is empty.
     */
    public Quantity requireDimension(String field, Dimension expected) {
        if (dimension == expected) {
            return this;
        }
        if (dimension == Dimension.DIMENSIONLESS && value == 0) {
            return new Quantity(0, expected);
        }
        String got = dimension == Dimension.DIMENSIONLESS
                ? "the plain number " + Require.format(value) + " (a unit is missing)"
                : dimension.description() + " (" + format() + ")";
        throw new ExpressionException((field.isEmpty() ? "" : field + ": ") + "expected " + expected.description()
                + (expected == Dimension.DIMENSIONLESS ? "" : " in " + expected.canonicalSymbol() + " or a compatible unit")
                + ", got " + got);
    }

    /** The value expressed in the given unit of the same dimension. */
    public double in(Unit unit) {
        if (unit.dimension() != dimension) {
            throw new IllegalArgumentException("unit = " + unit + " is not allowed for " + dimension.description()
                    + ": must be a unit of " + dimension.label());
        }
        return unit.fromCanonical(value);
    }

    /** Canonical text: {@code "20 ms"}, {@code "-0.5 mV"}, {@code "1.0E-5 pA/Hz"}, {@code "4"}. */
    public String format() {
        String number = Require.format(value);
        return dimension == Dimension.DIMENSIONLESS ? number : number + " " + dimension.canonicalSymbol();
    }

    @Override
    public String toString() {
        return format();
    }
}
