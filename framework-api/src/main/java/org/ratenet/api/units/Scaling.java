package org.ratenet.api.units;

/** Multiplication by a power of ten, rounded once: positive powers multiply, negative ones divide. */
final class Scaling {
    private static final double[] POWERS = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POWERS.length; i++) {
            POWERS[i] = p;
            p *= 10;
        }
    }

    private Scaling() {
    }

    static double scale(double value, int exponent) {
        if (exponent == 0) {
            return value;
        }
        int n = Math.abs(exponent);
        double factor = n < POWERS.length ? POWERS[n] : Math.pow(10, n);
        return exponent > 0 ? value * factor : value / factor;
    }
}
