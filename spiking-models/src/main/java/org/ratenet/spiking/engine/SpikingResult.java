package org.ratenet.spiking.engine;

import java.util.List;

import org.ratenet.api.result.Provenance;
import org.ratenet.api.result.Result;
import org.ratenet.api.result.Warning;

/**
 * What the spiking level returns: per population the rate and CV of ISIs after the warm-up, the SHA-256 of the
 * time-ordered (step, neuron) spike list, and the cost of the run.
 */
public record SpikingResult(List<String> populations, List<SpikeStatistics> statistics, String spikeHash, Performance performance,
                            SpikeTrains spikes, Provenance provenance, List<Warning> warnings) implements Result {

    /** Threads, seconds to build and to run, synapses, spikes, synaptic events per second of wall time, memory per synapse. */
    public record Performance(int threads, double buildSeconds, double wallSeconds, long synapses, long spikes, double eventsPerSecond,
                              double bytesPerSynapse) {
    }

    public SpikingResult {
        populations = List.copyOf(populations);
        statistics = List.copyOf(statistics);
        warnings = List.copyOf(warnings);
    }
}
