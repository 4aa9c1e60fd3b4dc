package org.ratenet.api.units;

/**
 * An intermediate value of an {@link Expression}: {@code value · 10^scale} base units (ms, mV, pA) raised
 * to the exponents {@code time, voltage, current}. Keeping the power of ten apart from the mantissa makes
 * conversion to a canonical unit exact whenever the text was written in that unit.
 */
record Measure(double value, int scale, int time, int voltage, int current) {

    /** The largest |exponent| of a base unit (and of the power of ten, times 10) an intermediate value may have. */
    static final int MAX_EXPONENT = 64;

    Measure {
        if (Math.abs(time) > MAX_EXPONENT || Math.abs(voltage) > MAX_EXPONENT || Math.abs(current) > MAX_EXPONENT
                || Math.abs(scale) > 10 * MAX_EXPONENT) {
            throw new ExpressionException("a unit raised beyond the exponent range ±" + MAX_EXPONENT + " (ms^" + time + " mV^" + voltage
                    + " pA^" + current + ")");
        }
    }

    static Measure number(double value) {
        return new Measure(value, 0, 0, 0, 0);
    }

    static Measure of(double value, Unit unit) {
        Dimension d = unit.dimension();
        return new Measure(value * unit.mantissa(), unit.exponent() + d.scale(), d.time(), d.voltage(), d.current());
    }

    static Measure of(Quantity q) {
        Dimension d = q.dimension();
        return new Measure(q.value(), d.scale(), d.time(), d.voltage(), d.current());
    }

    boolean dimensionless() {
        return time == 0 && voltage == 0 && current == 0;
    }

    boolean sameDimension(Measure o) {
        return time == o.time && voltage == o.voltage && current == o.current;
    }

    Measure times(Measure o) {
        return new Measure(value * o.value, scale + o.scale, time + o.time, voltage + o.voltage, current + o.current);
    }

    Measure dividedBy(Measure o) {
        return new Measure(value / o.value, scale - o.scale, time - o.time, voltage - o.voltage, current - o.current);
    }

    Measure negate() {
        return new Measure(-value, scale, time, voltage, current);
    }

    /** Same dimension, expressed with the given power of ten. */
    Measure rescaled(int newScale) {
        return new Measure(Scaling.scale(value, scale - newScale), newScale, time, voltage, current);
    }

    /** Adds a measure of the same dimension (the caller checks the dimension). */
    Measure plus(Measure o) {
        int common = Math.min(scale, o.scale);
        return new Measure(rescaled(common).value + o.rescaled(common).value, common, time, voltage, current);
    }

    Measure power(int n) {
        return new Measure(Math.pow(value, n), (int) Math.max(-1L << 20, Math.min(1L << 20, (long) scale * n)), (int) clamp((long) time * n),
                (int) clamp((long) voltage * n), (int) clamp((long) current * n));
    }

    /** An exponent product kept inside int range, so that the range check above sees it (and it cannot wrap to a small one). */
    private static long clamp(long exponent) {
        return Math.max(-(1L << 20), Math.min(1L << 20, exponent));
    }

    /** Square root; exponents and scale must be even (checked by the caller). */
    Measure sqrt() {
        Measure even = (scale % 2 == 0) ? this : rescaled(scale - 1);
        return new Measure(Math.sqrt(even.value), even.scale / 2, time / 2, voltage / 2, current / 2);
    }

    /** Plain number value of a dimensionless measure. */
    double plainValue() {
        return Scaling.scale(value, scale);
    }

    /** Text such as {@code ms^-1·mV} for messages about dimensions ratenet has no unit for. */
    String dimensionText() {
        StringBuilder b = new StringBuilder();
        append(b, "ms", time);
        append(b, "mV", voltage);
        append(b, "pA", current);
        return b.length() == 0 ? "1" : b.toString();
    }

    private static void append(StringBuilder b, String base, int exponent) {
        if (exponent == 0) {
            return;
        }
        if (b.length() > 0) {
            b.append('·');
        }
        b.append(base);
        if (exponent != 1) {
            b.append('^').append(exponent);
        }
    }
}
