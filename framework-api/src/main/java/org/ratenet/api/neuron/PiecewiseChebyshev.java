package org.ratenet.api.neuron;

import java.util.function.DoubleUnaryOperator;

/**
 * A smooth function on [0, end) as Chebyshev series on equal intervals, built once from an accurate (slow)
 * evaluation at the Chebyshev nodes and summed with Clenshaw's recurrence: a few nanoseconds per value.
 */
final class PiecewiseChebyshev {

    private final double width;
    private final double end;
    private final int degree;
    private final double[] coefficients; // interval-major, degree + 1 each

    PiecewiseChebyshev(DoubleUnaryOperator f, double end, int intervals, int degree) {
        this.width = end / intervals;
        this.end = end;
        this.degree = degree;
        this.coefficients = new double[intervals * (degree + 1)];
        int n = degree + 1;
        double[] values = new double[n];
        for (int k = 0; k < intervals; k++) {
            double lo = k * width;
            for (int j = 0; j < n; j++) {
                double t = Math.cos(Math.PI * (j + 0.5) / n);
                values[j] = f.applyAsDouble(lo + 0.5 * width * (t + 1));
            }
            for (int m = 0; m < n; m++) {
                double s = 0;
                for (int j = 0; j < n; j++) {
                    s += values[j] * Math.cos(Math.PI * m * (j + 0.5) / n);
                }
                coefficients[k * n + m] = (m == 0 ? 1.0 : 2.0) * s / n;
            }
        }
    }

    double end() {
        return end;
    }

    /** The value at x in [0, end). */
    double value(double x) {
        int k = Math.min((int) (x / width), coefficients.length / (degree + 1) - 1);
        double t = 2 * (x - k * width) / width - 1;
        int base = k * (degree + 1);
        double b1 = 0;
        double b2 = 0;
        for (int m = degree; m >= 1; m--) {
            double b0 = 2 * t * b1 - b2 + coefficients[base + m];
            b2 = b1;
            b1 = b0;
        }
        return t * b1 - b2 + coefficients[base];
    }
}
