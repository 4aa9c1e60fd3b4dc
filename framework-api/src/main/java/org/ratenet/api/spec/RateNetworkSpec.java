package org.ratenet.api.spec;

import java.util.Arrays;
import java.util.List;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;

/**
 * A rate network as data (Kleinfeld lecture 11, eqs. 11.32–11.33):
 * τ_i dμ_i/dt + μ_i = Σ_j W_ij r_j + W_ext,i r_ext,i − θ_i, r_i = f_i(μ_i).
 * Units: W and W_ext in pA/Hz, r and r_ext in Hz, θ and μ in pA, τ in ms. The gain f_i of unit i is a
 * registered gain-function kind with its parameters. Arrays are copied in and out.
 */
public final class RateNetworkSpec {

    private final List<String> labels;
    private final WeightMatrix weights;
    private final double[] externalWeights;
    private final double[] externalRatesHz;
    private final double[] thresholdsPa;
    private final double[] timeConstantsMs;
    private final List<ComponentSpec> gains;

    public RateNetworkSpec(List<String> labels, WeightMatrix weights, double[] externalWeights, double[] externalRatesHz,
                           double[] thresholdsPa, double[] timeConstantsMs, List<ComponentSpec> gains) {
        int n = Require.nonNull("weights", weights).rows();
        if (weights.columns() != n) {
            throw new InvalidParameterException("weights", weights, "a square matrix");
        }
        this.labels = List.copyOf(labels);
        this.gains = List.copyOf(gains);
        requireLength("labels", this.labels.size(), n);
        requireLength("gains", this.gains.size(), n);
        this.externalWeights = finite("W_ext", externalWeights, n);
        this.externalRatesHz = finite("r_ext", externalRatesHz, n);
        this.thresholdsPa = finite("theta", thresholdsPa, n);
        this.timeConstantsMs = finite("tau", timeConstantsMs, n);
        for (int i = 0; i < n; i++) {
            Require.positive("tau[" + i + "]", timeConstantsMs[i], "ms");
            Require.nonNegative("r_ext[" + i + "]", externalRatesHz[i], "Hz");
        }
        this.weights = weights;
    }

    private static void requireLength(String name, int length, int n) {
        if (length != n) {
            throw new InvalidParameterException(name + ".length", length, "= number of units " + n);
        }
    }

    private static double[] finite(String name, double[] values, int n) {
        requireLength(name, values.length, n);
        for (int i = 0; i < n; i++) {
            Require.finite(name + "[" + i + "]", values[i], "");
        }
        return values.clone();
    }

    public int size() {
        return labels.size();
    }

    public List<String> labels() {
        return labels;
    }

    public WeightMatrix weights() {
        return weights;
    }

    public double[] externalWeights() {
        return externalWeights.clone();
    }

    public double[] externalRatesHz() {
        return externalRatesHz.clone();
    }

    public double[] thresholdsPa() {
        return thresholdsPa.clone();
    }

    public double[] timeConstantsMs() {
        return timeConstantsMs.clone();
    }

    public List<ComponentSpec> gains() {
        return gains;
    }

    /**
     * The right-hand side of 11.32 for given rates: {@code out_i = Σ_j W_ij r_j + W_ext,i r_ext,i − θ_i}.
     * Allocation free.
     */
    public void netInput(double[] ratesHz, double[] out) {
        weights.multiply(ratesHz, out);
        for (int i = 0; i < out.length; i++) {
            out[i] += externalWeights[i] * externalRatesHz[i] - thresholdsPa[i];
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RateNetworkSpec r && labels.equals(r.labels) && weights.equals(r.weights)
                && Arrays.equals(externalWeights, r.externalWeights) && Arrays.equals(externalRatesHz, r.externalRatesHz)
                && Arrays.equals(thresholdsPa, r.thresholdsPa) && Arrays.equals(timeConstantsMs, r.timeConstantsMs)
                && gains.equals(r.gains);
    }

    @Override
    public int hashCode() {
        return labels.hashCode() * 31 + weights.hashCode();
    }

    @Override
    public String toString() {
        return "RateNetworkSpec[" + size() + " units " + (size() <= 10 ? labels : "") + ", " + weights + "]";
    }
}
