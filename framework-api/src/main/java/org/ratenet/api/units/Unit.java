package org.ratenet.api.units;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A named unit: a dimension and its size as {@code mantissa · 10^exponent} canonical units of that
 * dimension (e.g. {@code s} is 1·10³ ms, {@code min} is 6·10⁴ ms). Both {@code u} and {@code µ} spell micro.
 */
public record Unit(String symbol, Dimension dimension, double mantissa, int exponent) {

    private static final Map<String, Unit> BY_SYMBOL = new LinkedHashMap<>();

    public static final Unit MS = define("ms", Dimension.TIME, 1, 0);
    public static final Unit S = define("s", Dimension.TIME, 1, 3);
    public static final Unit MV = define("mV", Dimension.VOLTAGE, 1, 0);
    public static final Unit V = define("V", Dimension.VOLTAGE, 1, 3);
    public static final Unit PA = define("pA", Dimension.CURRENT, 1, 0);
    public static final Unit NA = define("nA", Dimension.CURRENT, 1, 3);
    public static final Unit NS = define("nS", Dimension.CONDUCTANCE, 1, 0);
    public static final Unit US = define("uS", Dimension.CONDUCTANCE, 1, 3);
    public static final Unit PF = define("pF", Dimension.CAPACITANCE, 1, 0);
    public static final Unit MOHM = define("MOhm", Dimension.RESISTANCE, 1, 0);
    public static final Unit HZ = define("Hz", Dimension.RATE, 1, 0);
    public static final Unit PA_PER_HZ = new Unit("pA/Hz", Dimension.CHARGE, 1, 0);
    public static final Unit PC = define("pC", Dimension.CHARGE, 1, 0);
    public static final Unit HZ_PER_PA = new Unit("Hz/pA", Dimension.RATE_PER_CURRENT, 1, 0);

    static {
        define("us", Dimension.TIME, 1, -3);
        define("µs", Dimension.TIME, 1, -3);
        define("μs", Dimension.TIME, 1, -3);
        define("min", Dimension.TIME, 6, 4);
        define("uV", Dimension.VOLTAGE, 1, -3);
        define("µV", Dimension.VOLTAGE, 1, -3);
        define("μV", Dimension.VOLTAGE, 1, -3);
        prefixed("A", Dimension.CURRENT, 12);
        prefixed("S", Dimension.CONDUCTANCE, 9);
        prefixed("F", Dimension.CAPACITANCE, 12);
        prefixed("C", Dimension.CHARGE, 12);
        define("Ohm", Dimension.RESISTANCE, 1, -6);
        define("kOhm", Dimension.RESISTANCE, 1, -3);
        define("GOhm", Dimension.RESISTANCE, 1, 3);
        define("Ω", Dimension.RESISTANCE, 1, -6);
        define("kΩ", Dimension.RESISTANCE, 1, -3);
        define("MΩ", Dimension.RESISTANCE, 1, 0);
        define("GΩ", Dimension.RESISTANCE, 1, 3);
        define("kHz", Dimension.RATE, 1, 3);
    }

    public Unit {
        if (!(mantissa > 0) || Double.isInfinite(mantissa)) {
            throw new IllegalArgumentException("unit mantissa = " + mantissa + " must be > 0 and finite");
        }
    }

    /** The unit with this symbol, e.g. {@code "ms"}, {@code "µS"}, {@code "kHz"}. */
    public static Optional<Unit> find(String symbol) {
        return Optional.ofNullable(BY_SYMBOL.get(symbol));
    }

    /** All unit symbols the parser knows, in a stable order. */
    public static Map<String, Unit> all() {
        return Collections.unmodifiableMap(BY_SYMBOL);
    }

    /** The canonical unit of a dimension. */
    public static Unit canonical(Dimension dimension) {
        return dimension == Dimension.CHARGE ? PA_PER_HZ
                : dimension == Dimension.RATE_PER_CURRENT ? HZ_PER_PA
                : dimension == Dimension.DIMENSIONLESS ? new Unit("", dimension, 1, 0)
                : BY_SYMBOL.get(dimension.canonicalSymbol());
    }

    /** Converts a value in this unit to the canonical unit of its dimension. */
    public double toCanonical(double value) {
        return Scaling.scale(value * mantissa, exponent);
    }

    /** Converts a value in the canonical unit of this dimension into this unit. */
    public double fromCanonical(double value) {
        return Scaling.scale(value, -exponent) / mantissa;
    }

    private static Unit define(String symbol, Dimension dimension, double mantissa, int exponent) {
        Unit unit = new Unit(symbol, dimension, mantissa, exponent);
        BY_SYMBOL.put(symbol, unit);
        return unit;
    }

    /** Defines p, n, µ/u, m, k-prefixed and bare forms of an SI unit whose canonical form is 10^-canonicalOffset. */
    private static void prefixed(String base, Dimension dimension, int bareExponent) {
        String[] prefixes = {"", "m", "u", "µ", "μ", "n", "p", "f"};
        int[] shifts = {0, -3, -6, -6, -6, -9, -12, -15};
        for (int i = 0; i < prefixes.length; i++) {
            BY_SYMBOL.putIfAbsent(prefixes[i] + base, new Unit(prefixes[i] + base, dimension, 1, bareExponent + shifts[i]));
        }
    }

    @Override
    public String toString() {
        return symbol;
    }
}
