package org.ratenet.rate.field;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;
import org.ratenet.api.error.DivergenceException;
import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;
import org.ratenet.api.model.GainFunction;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.RateNetworkSpec;
import org.ratenet.api.spec.WeightMatrix;

/**
 * A one-dimensional neural field τ ∂h/∂t = −h + ∫ w(x − y) f(h(y)) dy + I(x, t) − θ on M grid points of
 * spacing d = L/M, the integral being the Riemann sum d Σ_j w(x_i − x_j) f(h_j). On a ring (periodic) it is a
 * circular convolution, on a line a linear one (zero padding); both are computed by FFT (Commons Math, in place,
 * no allocation per step; M a power of two on the ring). Exponential-Euler steps; stops with a
 * {@code DivergenceException} naming time and grid point when h leaves ±1e12.
 */
public final class NeuralField {

    /** Where the field lives. */
    public enum Geometry { RING, LINE }

    /** The external input I(x, t) (pA) at grid point x for time t (ms) into {@code out}. */
    @FunctionalInterface
    public interface Input {
        void values(double timeMs, double[] positions, double[] out);
    }

    private final Geometry geometry;
    private final double length;
    private final int points;
    private final double tauMs;
    private final double thresholdPa;
    private final GainFunction gain;
    private final Kernel kernel;
    private final int fftSize;
    private final double[][] kernelSpectrum;
    private final double[][] buffer;
    private final double[] positions;
    private final double[] input;

    public NeuralField(Geometry geometry, double length, int points, double tauMs, double thresholdPa, GainFunction gain, Kernel kernel) {
        this.geometry = Require.nonNull("geometry", geometry);
        this.length = Require.positive("length", length, "");
        this.points = Require.atLeast("points", points, 2);
        this.tauMs = Require.positive("tau", tauMs, "ms");
        this.thresholdPa = Require.finite("theta", thresholdPa, "pA");
        this.gain = Require.nonNull("gain", gain);
        this.kernel = Require.nonNull("kernel", kernel);
        if (geometry == Geometry.RING && Integer.bitCount(points) != 1) {
            throw new InvalidParameterException("points", points, "a power of two on a ring (FFT size)");
        }
        this.fftSize = geometry == Geometry.RING ? points : Integer.highestOneBit(2 * points - 1) << 1;
        double d = spacing();
        this.kernelSpectrum = new double[2][fftSize];
        for (int k = 0; k < fftSize; k++) {
            double distance;
            if (geometry == Geometry.RING) {
                int m = Math.min(k, points - k);
                distance = m * d;
            } else {
                distance = k < points ? k * d : (k > fftSize - points ? (fftSize - k) * d : Double.NaN);
            }
            kernelSpectrum[0][k] = Double.isNaN(distance) ? 0 : d * kernel.weight(distance);
        }
        FastFourierTransformer.transformInPlace(kernelSpectrum, DftNormalization.STANDARD, TransformType.FORWARD);
        this.buffer = new double[2][fftSize];
        this.positions = new double[points];
        for (int i = 0; i < points; i++) {
            positions[i] = i * d;
        }
        this.input = new double[points];
    }

    public double spacing() {
        return geometry == Geometry.RING ? length / points : length / (points - 1);
    }

    public double[] positions() {
        return positions.clone();
    }

    public int points() {
        return points;
    }

    /** c_i = d Σ_j w(x_i − x_j) f(h_j) into {@code out}, by FFT. */
    public void convolve(double[] h, double[] out) {
        Arrays.fill(buffer[0], 0);
        Arrays.fill(buffer[1], 0);
        for (int j = 0; j < points; j++) {
            buffer[0][j] = gain.value(h[j]);
        }
        FastFourierTransformer.transformInPlace(buffer, DftNormalization.STANDARD, TransformType.FORWARD);
        for (int k = 0; k < fftSize; k++) {
            double re = buffer[0][k] * kernelSpectrum[0][k] - buffer[1][k] * kernelSpectrum[1][k];
            double im = buffer[0][k] * kernelSpectrum[1][k] + buffer[1][k] * kernelSpectrum[0][k];
            buffer[0][k] = re;
            buffer[1][k] = im;
        }
        FastFourierTransformer.transformInPlace(buffer, DftNormalization.STANDARD, TransformType.INVERSE);
        System.arraycopy(buffer[0], 0, out, 0, points);
    }

    /** Advances h (length {@code points()}) from t over {@code steps} exponential-Euler steps of dt. */
    public void run(double[] h, double t, double dt, int steps, Input external, double[] work) {
        double decay = Math.exp(-dt / tauMs);
        for (int s = 0; s < steps; s++) {
            double time = t + s * dt;
            convolve(h, work);
            external.values(time, positions, input);
            for (int i = 0; i < points; i++) {
                double drive = work[i] + input[i] - thresholdPa;
                h[i] = decay * h[i] + (1 - decay) * drive;
                if (!(Math.abs(h[i]) <= 1e12)) {
                    throw new DivergenceException(time + dt, "field", i, "h = " + h[i] + " pA at x = " + positions[i]);
                }
            }
        }
    }

    /**
     * The network of N = {@code points()} rate units at the grid positions with W_ij = d w(x_i − x_j) (pA/Hz),
     * the same τ, θ and gain: the discretised field as an ordinary rate network.
     */
    public RateNetworkSpec asNetwork(ComponentSpec gainSpec) {
        int n = points;
        double d = spacing();
        double[] w = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double distance = Math.abs(positions[i] - positions[j]);
                if (geometry == Geometry.RING) {
                    distance = Math.min(distance, length - distance);
                }
                w[i * n + j] = d * kernel.weight(distance);
            }
        }
        List<String> labels = new ArrayList<>();
        double[] theta = new double[n];
        double[] tau = new double[n];
        for (int i = 0; i < n; i++) {
            labels.add("x" + i);
            theta[i] = thresholdPa;
            tau[i] = tauMs;
        }
        return new RateNetworkSpec(labels, new WeightMatrix.Dense(n, n, w), new double[n], new double[n], theta, tau,
                Collections.nCopies(n, gainSpec));
    }
}
