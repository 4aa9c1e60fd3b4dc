package org.ratenet.spiking.engine;

import java.util.Arrays;

import org.ratenet.api.error.Require;

/**
 * Summary statistics of recorded spikes of the neurons [from, to) after step {@code fromStep}: the mean rate
 * (Hz) and the mean coefficient of variation of the interspike intervals over neurons with at least 3 spikes.
 */
public record SpikeStatistics(double rateHz, double cvIsi, long spikes) {

    public static SpikeStatistics of(SpikeTrains trains, int from, int to, int fromStep, int toStep, double dtMs) {
        Require.atLeast("to - from", to - from, 1);
        int n = to - from;
        int[] last = new int[n];
        Arrays.fill(last, -1);
        double[] sum = new double[n];
        double[] sumSq = new double[n];
        int[] count = new int[n];
        long spikes = 0;
        for (int k = 0; k < trains.size(); k++) {
            int s = trains.step(k);
            int g = trains.neuron(k);
            if (s < fromStep || s >= toStep || g < from || g >= to) {
                continue;
            }
            spikes++;
            int i = g - from;
            if (last[i] >= 0) {
                double isi = (s - last[i]) * dtMs;
                sum[i] += isi;
                sumSq[i] += isi * isi;
                count[i]++;
            }
            last[i] = s;
        }
        double cv = 0;
        int counted = 0;
        for (int i = 0; i < n; i++) {
            if (count[i] >= 2) {
                double mean = sum[i] / count[i];
                double var = sumSq[i] / count[i] - mean * mean;
                cv += Math.sqrt(Math.max(0, var)) / mean;
                counted++;
            }
        }
        return new SpikeStatistics(spikes / (n * (toStep - fromStep) * dtMs * 1e-3), counted == 0 ? Double.NaN : cv / counted, spikes);
    }
}
