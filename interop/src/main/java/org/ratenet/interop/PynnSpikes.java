package org.ratenet.interop;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.ratenet.api.error.RatenetException;

/**
 * The spikes of one population as an exported script writes them ({@code spikes_<population>.csv}: neuron index, time in
 * ms), read back: neuron indices and times in file order.
 */
public record PynnSpikes(String population, int size, int[] neurons, double[] timesMs) {

    /** Reads {@code dir/spikes_<population>.csv}; a missing or malformed file is a {@link RatenetException} naming it. */
    public static PynnSpikes read(Path dir, String population, int size) {
        Path file = dir.resolve("spikes_" + population + ".csv");
        int[] neurons = new int[1024];
        double[] times = new double[1024];
        int n = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (!"neuron,time_ms".equals(header)) {
                throw new RatenetException(file + ": expected the header 'neuron,time_ms', got '" + header + "'");
            }
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int comma = line.indexOf(',');
                int neuron = Integer.parseInt(line.substring(0, comma));
                if (neuron < 0 || neuron >= size) {
                    throw new RatenetException(file + ": neuron " + neuron + " outside population " + population + " of " + size);
                }
                if (n == neurons.length) {
                    neurons = Arrays.copyOf(neurons, 2 * n);
                    times = Arrays.copyOf(times, 2 * n);
                }
                neurons[n] = neuron;
                times[n] = Double.parseDouble(line.substring(comma + 1));
                n++;
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RatenetException r) {
                throw r;
            }
            throw new RatenetException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return new PynnSpikes(population, size, Arrays.copyOf(neurons, n), Arrays.copyOf(times, n));
    }

    public int count() {
        return neurons.length;
    }
}
