package org.ratenet.api.result;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;

/**
 * The spikes of one population in a time window [start, end) ms: parallel arrays of neuron index and
 * spike time, ordered by time. Immutable; accessors return copies or single elements.
 */
public final class SpikeRecord implements Result {

    private final String population;
    private final int populationSize;
    private final double startMs;
    private final double endMs;
    private final int[] neurons;
    private final double[] timesMs;
    private final Provenance provenance;
    private final List<Warning> warnings;

    public SpikeRecord(String population, int populationSize, double startMs, double endMs, int[] neurons,
                       double[] timesMs, Provenance provenance, List<Warning> warnings) {
        this.population = Require.nonNull("population", population);
        this.populationSize = Require.atLeast("populationSize", populationSize, 1);
        this.startMs = Require.finite("startMs", startMs, "ms");
        this.endMs = Require.finite("endMs", endMs, "ms");
        if (!(endMs > startMs)) {
            throw new InvalidParameterException("endMs", endMs, "> startMs = " + startMs);
        }
        if (neurons.length != timesMs.length) {
            throw new InvalidParameterException("timesMs.length", timesMs.length, "= neurons.length = " + neurons.length);
        }
        for (int i = 0; i < neurons.length; i++) {
            if (neurons[i] < 0 || neurons[i] >= populationSize) {
                throw new InvalidParameterException("neurons[" + i + "]", neurons[i], "in [0, " + populationSize + ")");
            }
            if (!(timesMs[i] >= startMs && timesMs[i] < endMs) || (i > 0 && timesMs[i] < timesMs[i - 1])) {
                throw new InvalidParameterException("timesMs[" + i + "]", timesMs[i],
                        "in [" + startMs + ", " + endMs + ") ms and not before the previous spike");
            }
        }
        this.neurons = neurons.clone();
        this.timesMs = timesMs.clone();
        this.provenance = Require.nonNull("provenance", provenance);
        this.warnings = List.copyOf(warnings);
    }

    public String population() {
        return population;
    }

    public int populationSize() {
        return populationSize;
    }

    public double startMs() {
        return startMs;
    }

    public double endMs() {
        return endMs;
    }

    public int count() {
        return neurons.length;
    }

    public int neuron(int i) {
        return neurons[i];
    }

    public double timeMs(int i) {
        return timesMs[i];
    }

    public int[] neurons() {
        return neurons.clone();
    }

    public double[] timesMs() {
        return timesMs.clone();
    }

    /** Mean rate per neuron over the window, in Hz. */
    public double meanRateHz() {
        return count() / (populationSize * (endMs - startMs) * 1e-3);
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
    public boolean equals(Object o) {
        return o instanceof SpikeRecord s && population.equals(s.population) && populationSize == s.populationSize
                && startMs == s.startMs && endMs == s.endMs && Arrays.equals(neurons, s.neurons)
                && Arrays.equals(timesMs, s.timesMs);
    }

    @Override
    public int hashCode() {
        return 31 * population.hashCode() + Arrays.hashCode(neurons) + 7 * Arrays.hashCode(timesMs);
    }

    @Override
    public String toString() {
        return "SpikeRecord[" + population + ": " + count() + " spikes of " + populationSize + " neurons in ["
                + startMs + ", " + endMs + ") ms, " + String.format(Locale.ROOT, "%.3f", meanRateHz()) + " Hz]";
    }
}
