package org.ratenet.cli.sweep;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ratenet.api.error.Require;

/**
 * One point of a sweep's grid: its place in the grid (rows are written in this order), the swept values in the axes'
 * units, and the overrides that set them ({@code g → "4.5"}, {@code nu_ext → "12 Hz"}).
 */
public record SweepPoint(int index, double[] values, Map<String, String> overrides) implements Serializable {

    public SweepPoint {
        Require.atLeast("index", index, 0);
        values = values.clone();
        overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides)); // in the axes' order
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SweepPoint p && p.index == index && Arrays.equals(p.values, values) && p.overrides.equals(overrides);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * index + Arrays.hashCode(values)) + overrides.hashCode();
    }

    @Override
    public String toString() {
        return "point " + index + " " + overrides;
    }
}
