package org.ratenet.api.units;

import java.util.Locale;
import java.util.Optional;

/**
 * A physical dimension and its canonical unit. A dimension is the exponent vector over the base units
 * ms (time), mV (voltage) and pA (current); the canonical unit is {@code 10^scale} base units
 * (Hz is 10⁻³ ms⁻¹, pA/Hz is 10³ pA·ms), which keeps every conversion an exact power of ten.
 */
public enum Dimension {
    DIMENSIONLESS("", "a number", 0, 0, 0, 0),
    TIME("ms", "a time", 1, 0, 0, 0),
    VOLTAGE("mV", "a voltage", 0, 1, 0, 0),
    CURRENT("pA", "a current", 0, 0, 1, 0),
    /** pA/mV = nS. */
    CONDUCTANCE("nS", "a conductance", 0, -1, 1, 0),
    /** pA·ms/mV = pF. */
    CAPACITANCE("pF", "a capacitance", 1, -1, 1, 0),
    /** mV/pA = GΩ, so MΩ is 10⁻³ base units. */
    RESISTANCE("MOhm", "a resistance", 0, 1, -1, -3),
    /** 1 Hz = 10⁻³ ms⁻¹. */
    RATE("Hz", "a rate", -1, 0, 0, -3),
    /** Charge in pA/Hz = pA·s = 10³ pA·ms: the unit of effective weights W (DESIGN.md, Units). */
    CHARGE("pA/Hz", "a charge", 1, 0, 1, 3),
    /** Gain of a rate model, rate per current: 1 Hz/pA = 10⁻³ ms⁻¹·pA⁻¹. */
    RATE_PER_CURRENT("Hz/pA", "a rate per current", -1, 0, -1, -3);

    private final String canonicalSymbol;
    private final String description;
    private final int time;
    private final int voltage;
    private final int current;
    private final int scale;

    Dimension(String canonicalSymbol, String description, int time, int voltage, int current, int scale) {
        this.canonicalSymbol = canonicalSymbol;
        this.description = description;
        this.time = time;
        this.voltage = voltage;
        this.current = current;
        this.scale = scale;
    }

    /** The symbol of the canonical unit, e.g. {@code "ms"}; empty for dimensionless numbers. */
    public String canonicalSymbol() {
        return canonicalSymbol;
    }

    /** A phrase for messages, e.g. {@code "a time"}. */
    public String description() {
        return description;
    }

    /** The exponent of ms. */
    public int time() {
        return time;
    }

    /** The exponent of mV. */
    public int voltage() {
        return voltage;
    }

    /** The exponent of pA. */
    public int current() {
        return current;
    }

    /** The canonical unit is {@code 10^scale} base units. */
    public int scale() {
        return scale;
    }

    /** A value in the canonical unit expressed in the coherent base units ms, mV, pA and their products (1 Hz is 1e-3 /ms). */
    public double toBase(double canonicalValue) {
        return Scaling.scale(canonicalValue, scale);
    }

    /** The inverse of {@link #toBase}. */
    public double fromBase(double baseValue) {
        return Scaling.scale(baseValue, -scale);
    }

    /** The dimension with these base exponents, if ratenet has a unit for it. */
    public static Optional<Dimension> of(int time, int voltage, int current) {
        for (Dimension d : values()) {
            if (d.time == time && d.voltage == voltage && d.current == current) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** A name for messages and files, e.g. {@code time}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
