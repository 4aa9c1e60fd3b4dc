package org.ratenet.api.spec;

import java.util.List;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;

/**
 * What to record: spikes of some populations (of at most {@code spikeSample} neurons each, or all when
 * {@link #ALL}), population rates in bins of {@code rateBinMs}, state variables through probes, and the weight
 * distributions of plastic projections every {@code weightIntervalMs} (0: only at the end).
 */
public record RecordingSpec(List<String> spikePopulations, int spikeSample, double rateBinMs, List<Probe> probes, double weightIntervalMs) {

    /** Record every neuron. */
    public static final int ALL = Integer.MAX_VALUE;

    /** Default: nothing but population rates in 1 ms bins. */
    public static final RecordingSpec RATES_ONLY = new RecordingSpec(List.of(), ALL, 1.0, List.of());

    /** Without weight snapshots during the run. */
    public RecordingSpec(List<String> spikePopulations, int spikeSample, double rateBinMs, List<Probe> probes) {
        this(spikePopulations, spikeSample, rateBinMs, probes, 0);
    }

    public RecordingSpec {
        spikePopulations = List.copyOf(spikePopulations);
        for (String p : spikePopulations) {
            Require.name("spikes population", p);
        }
        if (spikePopulations.stream().distinct().count() != spikePopulations.size()) {
            throw new InvalidParameterException("spikes", spikePopulations, "a list without repeated populations");
        }
        Require.atLeast("sample", spikeSample, 1);
        Require.positive("rate_bin", rateBinMs, "ms");
        probes = List.copyOf(probes);
        Require.nonNegative("weights_every", weightIntervalMs, "ms");
    }

    /** Samples a state variable (e.g. {@code V_m}) of the first {@code neurons} neurons every {@code intervalMs}. */
    public record Probe(String population, String variable, int neurons, double intervalMs) {
        public Probe {
            Require.name("population", population);
            Require.name("variable", variable);
            Require.atLeast("neurons", neurons, 1);
            Require.positive("interval", intervalMs, "ms");
        }

        @Override
        public String toString() {
            return variable + " of " + neurons + " " + population + " neurons every " + Require.format(intervalMs) + " ms";
        }
    }

    @Override
    public String toString() {
        return "spikes of " + spikePopulations + (spikeSample == ALL ? "" : " (" + spikeSample + " neurons each)")
                + ", rates in " + Require.format(rateBinMs) + " ms bins" + (probes.isEmpty() ? "" : ", probes " + probes)
                + (weightIntervalMs > 0 ? ", weights every " + Require.format(weightIntervalMs) + " ms" : "");
    }
}
