package org.ratenet.cli.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.api.WritableDataset;
import io.jhdf.api.WritableGroup;
import org.ratenet.spiking.engine.SpikeTrains;

/**
 * Spikes as a SONATA spike report (the Allen Institute / BBP format that NEST, BMTK and NEURON read; HDF5 through jHDF,
 * no native library): for each population the group {@code /spikes/<population>} with attribute
 * {@code sorting = "by_time"}, the dataset {@code timestamps} (ms, float64, attribute {@code units = "ms"}) and the
 * dataset {@code node_ids} (int64, the neuron's index within its population), in time order. A population that fired no
 * spike has no group (jHDF cannot write an empty dataset).
 */
public final class SonataSpikes {

    /** One population's spikes as read back: node ids and times (ms), in file order. */
    public record Report(long[] nodeIds, double[] timestampsMs) {
    }

    private SonataSpikes() {
    }

    /** Writes every spike of {@code spikes} (global indices) into {@code file}, population by population. */
    public static void write(SpikeTrains spikes, double dtMs, List<SpikeFile.Population> populations, Path file) throws IOException {
        int[] counts = new int[populations.size()];
        for (int k = 0; k < spikes.size(); k++) {
            counts[populationOf(populations, spikes.neuron(k))]++;
        }
        long[][] ids = new long[populations.size()][];
        double[][] times = new double[populations.size()][];
        for (int a = 0; a < counts.length; a++) {
            ids[a] = new long[counts[a]];
            times[a] = new double[counts[a]];
        }
        int[] filled = new int[populations.size()];
        for (int k = 0; k < spikes.size(); k++) {
            int g = spikes.neuron(k);
            int a = populationOf(populations, g);
            ids[a][filled[a]] = g - populations.get(a).offset();
            times[a][filled[a]++] = spikes.step(k) * dtMs;
        }
        try (WritableHdfFile hdf = HdfFile.write(file)) {
            WritableGroup root = hdf.putGroup("spikes");
            for (int a = 0; a < populations.size(); a++) {
                if (counts[a] == 0) {
                    continue; // jHDF writes no empty datasets: a population without spikes has no group (readers see none)
                }
                WritableGroup group = root.putGroup(populations.get(a).name());
                group.putAttribute("sorting", "by_time");
                WritableDataset timestamps = group.putDataset("timestamps", times[a]);
                timestamps.putAttribute("units", "ms");
                group.putDataset("node_ids", ids[a]);
            }
        } catch (RuntimeException e) {
            throw new IOException("cannot write the SONATA spike report " + file + ": " + e, e);
        }
    }

    /** Reads a SONATA spike report: population name to its node ids and times (ms). */
    public static Map<String, Report> read(Path file) throws IOException {
        Map<String, Report> reports = new LinkedHashMap<>();
        try (HdfFile hdf = new HdfFile(file)) {
            Node spikes = hdf.getChild("spikes");
            if (!(spikes instanceof Group group)) {
                throw new IOException(file + " is not a SONATA spike report (no /spikes group)");
            }
            for (Map.Entry<String, Node> e : group.getChildren().entrySet()) {
                Group population = (Group) e.getValue();
                long[] ids = longs(((Dataset) population.getChild("node_ids")).getData());
                double[] times = (double[]) ((Dataset) population.getChild("timestamps")).getData();
                reports.put(e.getKey(), new Report(ids, times));
            }
        } catch (RuntimeException e) {
            throw new IOException("cannot read the SONATA spike report " + file + ": " + e.getMessage(), e);
        }
        return reports;
    }

    private static long[] longs(Object data) {
        if (data instanceof long[] l) {
            return l;
        }
        int[] ints = (int[]) data;
        long[] l = new long[ints.length];
        for (int k = 0; k < ints.length; k++) {
            l[k] = ints[k];
        }
        return l;
    }

    private static int populationOf(List<SpikeFile.Population> populations, int g) {
        for (int a = 0; a < populations.size(); a++) {
            SpikeFile.Population p = populations.get(a);
            if (g >= p.offset() && g < p.offset() + p.size()) {
                return a;
            }
        }
        throw new IllegalArgumentException("neuron " + g + " is in no population");
    }
}
