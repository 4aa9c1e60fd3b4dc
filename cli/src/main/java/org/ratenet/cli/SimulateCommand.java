package org.ratenet.cli;

import java.io.PrintWriter;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.ratenet.api.model.Level;
import org.ratenet.api.run.RunContext;
import org.ratenet.api.result.TimeSeries;
import org.ratenet.api.result.WeightSummary;
import org.ratenet.api.spec.ExperimentSpec;
import org.ratenet.api.spec.SimulationSpec;
import org.ratenet.spiking.engine.SpikeStatistics;
import org.ratenet.spiking.engine.SpikingResult;

/**
 * {@code ratenet simulate FILE}: runs the spiking level and reports per population the rate and CV of ISIs
 * after the warm-up, the spike hash (SHA-256 of the time-ordered (step, neuron) list) and the performance.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Simulate the spiking network: rates, CV of ISIs, spike hash and performance.")
final class SimulateCommand extends LevelCommand<SpikingResult> {

    @Option(names = "--time", paramLabel = "MS", description = "Simulated time in ms (default: the file's duration).")
    private Double timeMs;

    @Option(names = "--seed", paramLabel = "S", description = "Master seed (default: the file's seed).")
    private Long seed;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Threads (default 1); the spikes are the same for any number.")
    private int threads;

    @Override
    RunContext context() {
        return RunContext.DEFAULT.withThreads(threads);
    }

    @Override
    String levelName() {
        return Level.SPIKING;
    }

    @Override
    ExperimentSpec adjust(ExperimentSpec e) {
        SimulationSpec s = e.simulation();
        SimulationSpec timed = timeMs != null ? s.withDuration(timeMs) : s; // the file's warm-up stands unless --time cuts below it
        return new ExperimentSpec(e.network(), seed != null ? timed.withSeed(seed) : timed,
                e.parameters());
    }

    @Override
    ObjectNode toJson(SpikingResult r) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode pops = root.putArray("populations");
        for (int a = 0; a < r.populations().size(); a++) {
            SpikeStatistics s = r.statistics().get(a);
            pops.addObject().put("name", r.populations().get(a)).put("rate_hz", s.rateHz()).put("cv_isi", s.cvIsi())
                    .put("fano", s.fanoFactor()).put("synchrony", r.synchrony()[a]);
        }
        ArrayNode weights = root.putArray("weights");
        for (WeightSummary w : r.weights()) {
            ObjectNode o = weights.addObject().put("projection", w.projection()).put("unit", w.unit().canonicalSymbol()).put("mean", w.mean())
                    .put("std", w.standardDeviation()).put("min", w.min()).put("max", w.max());
            ObjectNode q = o.putObject("quantiles");
            for (int k = 0; k < WeightSummary.QUANTILE_LEVELS.length; k++) {
                q.put(String.format(Locale.ROOT, "%.2f", WeightSummary.QUANTILE_LEVELS[k]), w.quantiles()[k]);
            }
            ArrayNode histogram = o.putObject("histogram").put("from", w.min()).put("to", w.max()).putArray("counts");
            for (long c : w.histogram()) {
                histogram.add(c);
            }
        }
        for (TimeSeries history : r.weightHistory()) {
            ObjectNode over = root.putObject("weights_over_time");
            ArrayNode times = over.putArray("times_ms");
            for (double t : history.timesMs()) {
                times.add(t);
            }
            for (String channel : history.channelNames()) {
                ArrayNode values = over.putArray(channel);
                for (double v : history.channel(channel)) {
                    values.add(v);
                }
            }
        }
        root.put("spike_hash", r.spikeHash());
        SpikingResult.Performance p = r.performance();
        root.putObject("performance").put("threads", p.threads()).put("build_s", p.buildSeconds()).put("wall_s", p.wallSeconds())
                .put("synapses", p.synapses()).put("spikes", p.spikes()).put("events_per_s", p.eventsPerSecond())
                .put("bytes_per_synapse", p.bytesPerSynapse());
        putWarnings(r, root);
        return root;
    }

    @Override
    void printTable(SpikingResult r, PrintWriter out) {
        out.println("Spiking network, " + r.provenance().inputs());
        out.printf(Locale.ROOT, "  %-10s%12s%10s%10s%12s%n", "population", "rate (Hz)", "CV ISI", "Fano", "synchrony");
        for (int a = 0; a < r.populations().size(); a++) {
            SpikeStatistics s = r.statistics().get(a);
            out.printf(Locale.ROOT, "  %-10s%12.4f%10.3f%10.3f%12.3f%n", r.populations().get(a), s.rateHz(), s.cvIsi(), s.fanoFactor(),
                    r.synchrony()[a]);
        }
        for (WeightSummary w : r.weights()) {
            double[] q = w.quantiles();
            out.printf(Locale.ROOT, "  weights %s (%s): mean %.4g, std %.3g, quantiles 5/25/50/75/95%% %.4g %.4g %.4g %.4g %.4g%n", w.projection(),
                    w.unit().canonicalSymbol(), w.mean(), w.standardDeviation(), q[0], q[1], q[2], q[3], q[4]);
        }
        SpikingResult.Performance p = r.performance();
        out.printf(Locale.ROOT, "  spike hash %s%n", r.spikeHash());
        out.printf(Locale.ROOT, "  built %d synapses in %.2f s; simulated in %.2f s wall (%d spikes, %.3g events/s, %.2f bytes/synapse)%n",
                p.synapses(), p.buildSeconds(), p.wallSeconds(), p.spikes(), p.eventsPerSecond(), p.bytesPerSynapse());
        printWarnings(r, out);
    }
}
