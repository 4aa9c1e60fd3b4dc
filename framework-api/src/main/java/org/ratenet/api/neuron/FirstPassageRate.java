package org.ratenet.api.neuron;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;

/**
 * The stationary rate of a one-dimensional integrate-and-fire neuron dV/dt = a(V) + √s ξ(t) with a threshold, a reset
 * and a refractory period, for any drift a(V): ν = 1 / (τ_ref + T), with T the mean first-passage time from reset to
 * threshold, T = (2/s) ∫_{V_r}^{θ} dx ∫_{−∞}^{x} exp(Φ(y) − Φ(x)) dy, Φ(v) = (2/s) ∫^v a (Gardiner, Handbook of
 * Stochastic Methods, eq. 5.2.158; for a(V) = (μ − V)/τ_m it is the Siegert formula, Brunel 2000 eq. 21). Φ is
 * integrated on a uniform grid by the trapezoidal rule, each cell of the inner integral exactly for Φ linear in the
 * cell, each cell of the outer integral exactly for an integrand exponential in the cell (logarithmic mean). The lower end is where a(V) pushes up and exp(Φ − max Φ) &lt; e^−40.
 * This is how a user's model (e.g. the quadratic integrate-and-fire neuron) gets a transfer function without a closed
 * form.
 */
public final class FirstPassageRate {

    private static final double NEGLIGIBLE = 40;
    private static final int MAX_CELLS = 4_000_000;

    private final DoubleUnaryOperator drift;
    private final double resetMv;
    private final double thresholdMv;
    private final double refractoryMs;
    private final int cells;

    /**
     * @param drift a(V) in mV/ms, including the input's mean m
     * @param resetMv V_r (mV), below the threshold
     * @param thresholdMv θ (mV)
     * @param refractoryMs τ_ref (ms), >= 0
     * @param cells grid cells between reset and threshold (>= 100; 4000 gives a relative error of about 1e-6)
     */
    public FirstPassageRate(DoubleUnaryOperator drift, double resetMv, double thresholdMv, double refractoryMs, int cells) {
        this.drift = Require.nonNull("drift", drift);
        this.resetMv = Require.finite("V_reset", resetMv, "mV");
        this.thresholdMv = Require.finite("threshold", thresholdMv, "mV");
        this.refractoryMs = Require.nonNegative("t_ref", refractoryMs, "ms");
        this.cells = Require.atLeast("cells", cells, 100);
        if (!(resetMv < thresholdMv)) {
            throw new InvalidParameterException("V_reset", resetMv + " mV", "< threshold = " + Require.format(thresholdMv) + " mV");
        }
    }

    /** The rate (Hz) for the variance rate s (mV²/ms), > 0. */
    public double rateHz(double diffusionMv2PerMs) {
        Require.positive("s (input variance rate)", diffusionMv2PerMs, "mV²/ms");
        return 1000 / (refractoryMs + meanFirstPassageMs(diffusionMv2PerMs));
    }

    /** T, the mean time (ms) from reset to threshold. */
    public double meanFirstPassageMs(double s) {
        double h = (thresholdMv - resetMv) / cells;
        double scale = 2 / s;
        // Φ below the reset, walking down until the drift restores and the weight exp(Φ − max Φ) is negligible
        double[] below = new double[64];
        int nBelow = 0;
        double phi = 0;
        double max = 0;
        double v = resetMv;
        double a = checked(v);
        while (true) {
            double lower = checked(v - h);
            phi -= scale * h * 0.5 * (a + lower);
            v -= h;
            a = lower;
            if (nBelow == below.length) {
                below = Arrays.copyOf(below, 2 * nBelow);
            }
            below[nBelow++] = phi;
            max = Math.max(max, phi);
            if (a > 0 && phi < max - NEGLIGIBLE) {
                break;
            }
            if (nBelow > MAX_CELLS) {
                throw new InvalidParameterException("drift", "a(V) at " + Require.format(v) + " mV = " + Require.format(a) + " mV/ms",
                        "a restoring drift (a(V) > 0) somewhere below the reset, so that V cannot escape to −∞");
            }
        }
        // inner integral I(x) = ∫_{low}^{x} exp(Φ(y) − Φ(x)) dy, from the lowest grid point up
        double inner = 0;
        for (int k = nBelow - 1; k >= 0; k--) {
            double from = below[k];
            double to = k == 0 ? 0 : below[k - 1];
            inner = step(inner, to - from, h);
        }
        double outer = 0;
        phi = 0;
        v = resetMv;
        a = checked(v);
        for (int c = 1; c <= cells; c++) {
            double upper = checked(resetMv + c * h);
            double next = phi + scale * h * 0.5 * (a + upper);
            double previous = inner;
            inner = step(inner, next - phi, h);
            outer += logarithmicMean(previous, inner);
            phi = next;
            a = upper;
        }
        return scale * h * outer;
    }

    /**
     * (b − a) / ln(b / a), the mean of an exponential through a and b: the outer integrand I(x) grows exponentially towards
     * the threshold when the noise is weak, where the plain trapezoid would be off by (h k)²/12.
     */
    private static double logarithmicMean(double a, double b) {
        if (Double.isInfinite(b)) {
            return b; // T beyond double range: the rate is 0
        }
        double ratio = b / a;
        if (!(a > 0) || Math.abs(ratio - 1) < 1e-6) {
            return 0.5 * (a + b);
        }
        return (b - a) / Math.log(ratio);
    }

    /** I(x + h) from I(x), with Δ = Φ(x + h) − Φ(x): e^{−Δ} I(x) + h (1 − e^{−Δ}) / Δ. */
    private static double step(double inner, double delta, double h) {
        double cell = Math.abs(delta) < 1e-12 ? h : -h * Math.expm1(-delta) / delta;
        return Math.exp(-delta) * inner + cell;
    }

    private double checked(double v) {
        double a = drift.applyAsDouble(v);
        if (!Double.isFinite(a)) {
            throw new InvalidParameterException("drift", "a(" + Require.format(v) + " mV) = " + a, "finite");
        }
        return a;
    }
}
