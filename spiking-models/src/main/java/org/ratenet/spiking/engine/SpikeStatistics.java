package org.ratenet.spiking.engine;

import java.util.Arrays;

import org.ratenet.api.error.Require;

/**
 * Summary statistics of the spikes of neurons [from, to) in steps [fromStep, toStep): the mean rate (Hz), the mean
 * coefficient of variation of interspike intervals over neurons with at least 3 spikes, and the Fano factor of spike
 * counts in {@value #FANO_WINDOW_MS} ms windows (variance over mean of each neuron's counts, averaged over neurons
 * that fired; NaN when fewer than two windows fit in the span, where a single count has no variance to speak of).
 * A Poisson process has CV = Fano = 1, a clock 0.
 */
public record SpikeStatistics(double rateHz, double cvIsi, double fanoFactor, long spikes) {

    public static final double FANO_WINDOW_MS = 100;

    public static SpikeStatistics of(SpikeTrains trains, int from, int to, int fromStep, int toStep, double dtMs) {
        Require.atLeast("to - from", to - from, 1);
        Require.atLeast("toStep - fromStep", toStep - fromStep, 1);
        int n = to - from;
        int windowSteps = Math.max(1, (int) Math.round(FANO_WINDOW_MS / dtMs));
        int windows = (toStep - fromStep) / windowSteps;
        int[] last = new int[n];
        Arrays.fill(last, -1);
        double[] sum = new double[n];
        double[] sumSq = new double[n];
        int[] count = new int[n];
        int[][] windowCounts = new int[n][windows];
        long spikes = 0;
        for (int k = 0; k < trains.size(); k++) {
            int s = trains.step(k);
            int g = trains.neuron(k);
            if (s < fromStep || s >= toStep || g < from || g >= to) {
                continue;
            }
            spikes++;
            int i = g - from;
            int w = (s - fromStep) / windowSteps;
            if (w < windows) {
                windowCounts[i][w]++;
            }
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
        double fano = 0;
        int fired = 0;
        for (int i = 0; i < n; i++) {
            if (count[i] >= 2) {
                double mean = sum[i] / count[i];
                double var = sumSq[i] / count[i] - mean * mean;
                cv += Math.sqrt(Math.max(0, var)) / mean;
                counted++;
            }
            double m = Arrays.stream(windowCounts[i]).average().orElse(0);
            if (m > 0) {
                double v = Arrays.stream(windowCounts[i]).mapToDouble(c -> (c - m) * (c - m)).sum() / windows;
                fano += v / m;
                fired++;
            }
        }
        return new SpikeStatistics(spikes / ((double) n * (toStep - fromStep) * dtMs * 1e-3), counted == 0 ? Double.NaN : cv / counted,
                fired == 0 || windows < 2 ? Double.NaN : fano / fired, spikes);
    }

    /**
     * Synchrony χ (Golomb 2007): χ² = Var_t(mean_i V_i) / mean_i Var_t(V_i), over voltage traces of equal length;
     * 1 for identical traces, about 1/√N for N independent ones. NaN without traces.
     */
    public static double synchrony(double[][] traces) {
        if (traces.length == 0 || traces[0].length < 2) {
            return Double.NaN;
        }
        int t = Arrays.stream(traces).mapToInt(x -> x.length).min().orElse(0);
        double[] mean = new double[t];
        double individual = 0;
        for (double[] trace : traces) {
            for (int k = 0; k < t; k++) {
                mean[k] += trace[k] / traces.length;
            }
            individual += variance(trace, t);
        }
        individual /= traces.length;
        return individual == 0 ? Double.NaN : Math.sqrt(variance(mean, t) / individual);
    }

    private static double variance(double[] x, int t) {
        double m = 0;
        for (int k = 0; k < t; k++) {
            m += x[k];
        }
        m /= t;
        double v = 0;
        for (int k = 0; k < t; k++) {
            v += (x[k] - m) * (x[k] - m);
        }
        return v / t;
    }
}
