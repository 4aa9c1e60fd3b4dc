package org.ratenet.api.param;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;
import org.ratenet.api.units.Dimension;
import org.ratenet.api.units.Quantity;
import org.ratenet.api.units.Unit;

/**
 * An immutable, ordered set of named parameter values. A value is a {@link Quantity} (canonical units),
 * a {@link Boolean} flag or a {@link String}. Which names are allowed is the business of the component's
 * {@link ParameterSchema}, not of this set.
 */
public record ParameterSet(Map<String, Object> values) {

    public static final ParameterSet EMPTY = new ParameterSet(Map.of());

    public ParameterSet {
        Require.nonNull("parameters", values);
        Map<String, Object> copy = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            Require.name("parameter name", name);
            if (!(value instanceof Quantity || value instanceof Boolean || value instanceof String)) {
                throw new InvalidParameterException(name, value == null ? "null" : value.getClass().getSimpleName(),
                        "a quantity, a flag (true/false) or text");
            }
            if (value instanceof Quantity q) {
                Require.finite(name, q.value(), q.dimension().canonicalSymbol());
            }
            copy.put(name, value);
        });
        values = Collections.unmodifiableMap(copy);
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean contains(String name) {
        return values.containsKey(name);
    }

    /** The quantity called {@code name}; fails naming the parameter when it is absent or not a quantity. */
    public Quantity quantity(String name) {
        Object v = values.get(name);
        if (v instanceof Quantity q) {
            return q;
        }
        throw new InvalidParameterException(name, v == null ? "missing" : v, "a quantity");
    }

    /** The value of the quantity {@code name} in canonical units of {@code dimension}. */
    public double number(String name, Dimension dimension) {
        return quantity(name).requireDimension(name, dimension).value();
    }

    /** A dimensionless whole number. */
    public int integer(String name) {
        double v = number(name, Dimension.DIMENSIONLESS);
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw new InvalidParameterException(name, Require.format(v), "a whole number");
        }
        return (int) v;
    }

    public boolean flag(String name) {
        Object v = values.get(name);
        if (v instanceof Boolean b) {
            return b;
        }
        throw new InvalidParameterException(name, v == null ? "missing" : v, "true or false");
    }

    public String text(String name) {
        Object v = values.get(name);
        if (v instanceof String s) {
            return s;
        }
        throw new InvalidParameterException(name, v == null ? "missing" : v, "text");
    }

    /** A copy with one value added or replaced. */
    public ParameterSet with(String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(name, value);
        return new ParameterSet(copy);
    }

    @Override
    public String toString() {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }

    /** Builds a parameter set in code: {@code ParameterSet.builder().put("tau_m", 20, Unit.MS).build()}. */
    public static final class Builder {
        private final Map<String, Object> values = new LinkedHashMap<>();

        public Builder put(String name, double value, Unit unit) {
            values.put(name, Quantity.of(value, unit));
            return this;
        }

        public Builder put(String name, Quantity value) {
            values.put(name, value);
            return this;
        }

        public Builder put(String name, double number) {
            values.put(name, Quantity.number(number));
            return this;
        }

        public Builder put(String name, boolean flag) {
            values.put(name, flag);
            return this;
        }

        public Builder put(String name, String text) {
            values.put(name, text);
            return this;
        }

        public ParameterSet build() {
            return new ParameterSet(values);
        }
    }
}
