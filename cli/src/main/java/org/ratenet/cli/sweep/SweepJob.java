package org.ratenet.cli.sweep;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ratenet.api.error.Require;

/**
 * A sweep as data that can be sent to another JVM: the experiment file's bytes (executors need not see the file), its
 * format, the overrides every point shares, the level, the simulated time per point (NaN: the file's), the populations
 * whose rates the rows hold, and the grid's points.
 *
 * @param source the file's name as the user gave it, for messages
 * @param axisColumns the swept parameters as the CSV names them (with their units), in the points' order
 */
public record SweepJob(String source, byte[] experiment, boolean json, Map<String, String> fixed, String level, double timeMs,
                       List<String> populations, List<String> axisColumns, List<SweepPoint> points) implements Serializable {

    public SweepJob {
        Require.nonNull("source", source);
        experiment = experiment.clone();
        fixed = Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
        Require.nonNull("level", level);
        if (!Double.isNaN(timeMs) && !(timeMs > 0)) {
            throw new IllegalArgumentException("--time = " + timeMs + " ms is not allowed: must be > 0");
        }
        populations = List.copyOf(populations);
        axisColumns = List.copyOf(axisColumns);
        points = List.copyOf(points);
        for (int k = 0; k < points.size(); k++) {
            if (points.get(k).index() != k) {
                throw new IllegalArgumentException("point " + k + " has index " + points.get(k).index() + ": points must be numbered in order");
            }
            if (points.get(k).values().length != axisColumns.size()) {
                throw new IllegalArgumentException("point " + k + " has " + points.get(k).values().length + " values for " + axisColumns.size() + " axes");
            }
        }
    }

    @Override
    public byte[] experiment() {
        return experiment.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SweepJob j && j.source.equals(source) && Arrays.equals(j.experiment, experiment) && j.json == json
                && j.fixed.equals(fixed) && j.level.equals(level) && Double.compare(j.timeMs, timeMs) == 0
                && j.populations.equals(populations) && j.axisColumns.equals(axisColumns) && j.points.equals(points);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(experiment) * 31 + points.hashCode();
    }

    @Override
    public String toString() {
        return "sweep of " + source + " on the " + level + " level, " + points.size() + " points";
    }
}
