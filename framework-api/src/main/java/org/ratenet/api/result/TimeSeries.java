package org.ratenet.api.result;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;
import org.ratenet.api.units.Dimension;

/**
 * Sampled signals on one time grid (ms): named channels (e.g. {@code E.rate}, {@code V_m[3]}) of one
 * dimension each. Immutable; accessors return copies.
 */
public final class TimeSeries implements Result {

    private final double[] timesMs;
    private final Map<String, double[]> channels;
    private final Map<String, Dimension> dimensions;
    private final Provenance provenance;
    private final List<Warning> warnings;

    private TimeSeries(double[] timesMs, Map<String, double[]> channels, Map<String, Dimension> dimensions,
                       Provenance provenance, List<Warning> warnings) {
        this.timesMs = timesMs;
        this.channels = channels;
        this.dimensions = dimensions;
        this.provenance = Require.nonNull("provenance", provenance);
        this.warnings = List.copyOf(warnings);
    }

    public static Builder builder(double[] timesMs) {
        return new Builder(timesMs);
    }

    public int length() {
        return timesMs.length;
    }

    public double[] timesMs() {
        return timesMs.clone();
    }

    public List<String> channelNames() {
        return List.copyOf(channels.keySet());
    }

    public double[] channel(String name) {
        return lookup(name).clone();
    }

    public Dimension dimension(String name) {
        lookup(name);
        return dimensions.get(name);
    }

    private double[] lookup(String name) {
        double[] c = channels.get(name);
        if (c == null) {
            throw new InvalidParameterException("channel", name, "one of " + channels.keySet());
        }
        return c;
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }

    @Override
    public List<Warning> warnings() {
        return warnings;
    }

    @Override
    public String toString() {
        return "TimeSeries[" + timesMs.length + " samples, channels " + channels.keySet() + "]";
    }

    /** Collects channels that share the time grid given to {@link TimeSeries#builder}. */
    public static final class Builder {
        private final double[] timesMs;
        private final Map<String, double[]> channels = new LinkedHashMap<>();
        private final Map<String, Dimension> dimensions = new LinkedHashMap<>();

        private Builder(double[] timesMs) {
            for (int i = 0; i < timesMs.length; i++) {
                Require.finite("timesMs[" + i + "]", timesMs[i], "ms");
                if (i > 0 && !(timesMs[i] > timesMs[i - 1])) {
                    throw new InvalidParameterException("timesMs[" + i + "]", timesMs[i], "> timesMs[" + (i - 1) + "]");
                }
            }
            this.timesMs = timesMs.clone();
        }

        public Builder channel(String name, Dimension dimension, double[] values) {
            Require.nonNull("channel name", name);
            if (values.length != timesMs.length) {
                throw new InvalidParameterException(name + ".length", values.length, "= number of samples " + timesMs.length);
            }
            if (channels.containsKey(name)) {
                throw new InvalidParameterException("channel", name, "a name not used twice");
            }
            channels.put(name, values.clone());
            dimensions.put(name, Require.nonNull("dimension", dimension));
            return this;
        }

        public TimeSeries build(Provenance provenance, List<Warning> warnings) {
            return new TimeSeries(timesMs, Collections.unmodifiableMap(new LinkedHashMap<>(channels)),
                    Collections.unmodifiableMap(new LinkedHashMap<>(dimensions)), provenance, warnings);
        }
    }
}
