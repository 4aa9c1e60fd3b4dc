package org.ratenet.equations;

import java.util.Optional;

import org.ratenet.api.units.Dimension;

/**
 * The unit of a term in an equation: exponents of the coherent base units ms, mV and pA (nS is pA/mV, pF is
 * pA·ms/mV), in which every equation model computes. Unlike {@link Dimension}, any product of powers is allowed
 * (mV/ms, the unit of dV/dt, has no named dimension).
 */
record UnitVector(int time, int voltage, int current) {

    static final UnitVector ONE = new UnitVector(0, 0, 0);
    static final UnitVector TIME = of(Dimension.TIME);
    static final UnitVector VOLTAGE = of(Dimension.VOLTAGE);
    static final UnitVector CURRENT = of(Dimension.CURRENT);

    static UnitVector of(Dimension d) {
        return new UnitVector(d.time(), d.voltage(), d.current());
    }

    UnitVector times(UnitVector o) {
        return new UnitVector(time + o.time, voltage + o.voltage, current + o.current);
    }

    UnitVector over(UnitVector o) {
        return new UnitVector(time - o.time, voltage - o.voltage, current - o.current);
    }

    UnitVector power(int n) {
        return new UnitVector(time * n, voltage * n, current * n);
    }

    boolean dimensionless() {
        return equals(ONE);
    }

    /** Whether every exponent is even, so that a square root has a unit. */
    boolean even() {
        return time % 2 == 0 && voltage % 2 == 0 && current % 2 == 0;
    }

    UnitVector sqrt() {
        return new UnitVector(time / 2, voltage / 2, current / 2);
    }

    /** The named dimension with these exponents, if ratenet has one. */
    Optional<Dimension> dimension() {
        return Dimension.of(time, voltage, current);
    }

    /** The unit as text: a named one (nS, pF) where there is one, else a product of powers of ms, mV, pA. */
    @Override
    public String toString() {
        Optional<Dimension> d = dimension();
        if (d.isPresent() && d.get().scale() == 0) {
            return d.get() == Dimension.DIMENSIONLESS ? "1" : d.get().canonicalSymbol();
        }
        StringBuilder up = new StringBuilder();
        StringBuilder down = new StringBuilder();
        append(voltage > 0 ? up : down, "mV", Math.abs(voltage));
        append(current > 0 ? up : down, "pA", Math.abs(current));
        append(time > 0 ? up : down, "ms", Math.abs(time));
        return (up.length() == 0 ? "1" : up.toString()) + (down.length() == 0 ? "" : "/" + (down.indexOf("*") >= 0 ? "(" + down + ")" : down));
    }

    private static void append(StringBuilder b, String base, int exponent) {
        if (exponent == 0) {
            return;
        }
        if (b.length() > 0) {
            b.append('*');
        }
        b.append(base);
        if (exponent != 1) {
            b.append('^').append(exponent);
        }
    }
}
