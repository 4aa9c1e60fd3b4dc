package org.ratenet.spiking.engine;

import java.util.List;

import org.ratenet.api.result.PopulationRates;
import org.ratenet.api.result.Provenance;
import org.ratenet.api.result.Result;
import org.ratenet.api.result.SpikeRecord;
import org.ratenet.api.result.TimeSeries;
import org.ratenet.api.result.Warning;
import org.ratenet.api.result.WeightSummary;

/**
 * What the spiking level returns: per population the rate, CV of ISIs and Fano factor after the warm-up and the
 * synchrony χ of its probed neurons (NaN without probes); population rate histograms; the recorded spikes and
 * state variables (one series per probed population, channels {@code <population>[i].<variable>}); every spike of the
 * run ({@code spikes}, time-ordered); the weights of plastic projections at the end (summaries) and, when the recording asks for it,
 * their mean, sd and 5/50/95 % quantiles over time ({@code weightHistory}, one series or none); the SHA-256 of the time-ordered (step, neuron) spike list; and the cost of the run.
 */
public record SpikingResult(List<String> populations, List<SpikeStatistics> statistics, double[] synchrony, TimeSeries rates,
                            List<SpikeRecord> spikeRecords, List<TimeSeries> states, List<WeightSummary> weights,
                            List<TimeSeries> weightHistory, String spikeHash, SpikeTrains spikes,
                            Performance performance, Provenance provenance, List<Warning> warnings) implements Result {

    /** Threads, seconds to build and to run, synapses, spikes, synaptic events per second of wall time, memory per synapse. */
    public record Performance(int threads, double buildSeconds, double wallSeconds, long synapses, long spikes, double eventsPerSecond,
                              double bytesPerSynapse) {
    }

    /** The populations' rates after the warm-up. */
    @Override
    public java.util.Optional<PopulationRates> populationRates() {
        java.util.Map<String, Double> rates = new java.util.LinkedHashMap<>();
        for (int a = 0; a < populations.size(); a++) {
            rates.put(populations.get(a), statistics.get(a).rateHz());
        }
        return java.util.Optional.of(new PopulationRates(rates, provenance, warnings));
    }

    public SpikingResult {
        populations = List.copyOf(populations);
        statistics = List.copyOf(statistics);
        synchrony = synchrony.clone();
        spikeRecords = List.copyOf(spikeRecords);
        states = List.copyOf(states);
        java.util.Objects.requireNonNull(spikes, "spikes");
        weights = List.copyOf(weights);
        weightHistory = List.copyOf(weightHistory);
        warnings = List.copyOf(warnings);
    }
}
