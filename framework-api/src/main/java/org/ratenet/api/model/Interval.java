package org.ratenet.api.model;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;

/** A real interval with open or closed ends; infinite ends are open. */
public record Interval(double lower, boolean lowerClosed, double upper, boolean upperClosed) {

    /** The empty interval. */
    public static final Interval EMPTY = new Interval(0, false, 0, false);

    public Interval {
        if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
            throw new InvalidParameterException("interval", "[" + lower + ", " + upper + "]", "lower <= upper");
        }
    }

    public static Interval open(double lower, double upper) {
        return new Interval(lower, false, upper, false);
    }

    public static Interval closed(double lower, double upper) {
        return new Interval(lower, true, upper, true);
    }

    public boolean contains(double x) {
        return (lowerClosed ? x >= lower : x > lower) && (upperClosed ? x <= upper : x < upper);
    }

    public boolean isEmpty() {
        return lower == upper && !(lowerClosed && upperClosed);
    }

    @Override
    public String toString() {
        return isEmpty() ? "∅" : (lowerClosed ? "[" : "(") + Require.format(lower) + ", " + Require.format(upper)
                + (upperClosed ? "]" : ")");
    }
}
