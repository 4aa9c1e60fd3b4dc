package org.ratenet.spiking.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The spikes of a run as (step, global neuron) in the order they were emitted (by step, then by neuron), in
 * growable primitive arrays.
 */
public final class SpikeTrains {

    private int[] steps = new int[1 << 16];
    private int[] neurons = new int[1 << 16];
    private int size;

    /**
     * Spikes recorded elsewhere (e.g. by another simulator) as (step, global neuron index) pairs, put in time order, for
     * the same statistics as the engine's own.
     */
    public static SpikeTrains of(int[] stepsOfSpikes, int[] neuronsOfSpikes) {
        if (stepsOfSpikes.length != neuronsOfSpikes.length) {
            throw new org.ratenet.api.error.InvalidParameterException("spikes", stepsOfSpikes.length + " steps and " + neuronsOfSpikes.length
                    + " neurons", "as many steps as neurons");
        }
        Integer[] order = new Integer[stepsOfSpikes.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> stepsOfSpikes[a] != stepsOfSpikes[b] ? Integer.compare(stepsOfSpikes[a], stepsOfSpikes[b])
                : Integer.compare(neuronsOfSpikes[a], neuronsOfSpikes[b]));
        SpikeTrains trains = new SpikeTrains();
        for (int k : order) {
            trains.add(stepsOfSpikes[k], neuronsOfSpikes[k]);
        }
        return trains;
    }

    void add(int step, int neuron) {
        if (size == steps.length) {
            steps = Arrays.copyOf(steps, 2 * size);
            neurons = Arrays.copyOf(neurons, 2 * size);
        }
        steps[size] = step;
        neurons[size++] = neuron;
    }

    /**
     * The rate (Hz) of each neuron in [from, to) (global indices) over steps [fromStep, toStep): its spikes there divided
     * by the time, index i − from.
     */
    public double[] neuronRatesHz(int from, int to, int fromStep, int toStep, double dtMs) {
        double[] rates = new double[to - from];
        double perSpike = 1000 / ((double) (toStep - fromStep) * dtMs);
        for (int k = 0; k < size; k++) {
            int n = neurons[k] - from;
            if (steps[k] >= fromStep && steps[k] < toStep && n >= 0 && n < rates.length) {
                rates[n] += perSpike;
            }
        }
        return rates;
    }

    public int size() {
        return size;
    }

    public int step(int k) {
        return steps[k];
    }

    public int neuron(int k) {
        return neurons[k];
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(size);
        for (int k = 0; k < size; k++) {
            out.writeInt(steps[k]);
            out.writeInt(neurons[k]);
        }
    }

    void read(DataInputStream in) throws IOException {
        int n = in.readInt();
        size = 0;
        for (int k = 0; k < n; k++) {
            add(in.readInt(), in.readInt());
        }
    }

    /** SHA-256 of the time-ordered (step, neuron) list as big-endian int pairs, in hex. */
    public String hash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            ByteBuffer buffer = ByteBuffer.allocate(8 * 4096);
            for (int k = 0; k < size; k++) {
                if (buffer.remaining() < 8) {
                    digest.update(buffer.array(), 0, buffer.position());
                    buffer.clear();
                }
                buffer.putInt(steps[k]).putInt(neurons[k]);
            }
            digest.update(buffer.array(), 0, buffer.position());
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
