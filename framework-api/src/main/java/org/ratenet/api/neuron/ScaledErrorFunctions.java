package org.ratenet.api.neuron;

/**
 * The special functions of the Siegert formula, evaluated without overflow and to about 1e-15 relative:
 * <ul>
 *   <li>erfcx(x) = e^{x²} erfc(x), the scaled complementary error function;</li>
 *   <li>D(x) = e^{−x²} ∫₀ˣ e^{t²} dt, Dawson's integral (π erfi(x) = 2√π e^{x²} D(x));</li>
 *   <li>H(x) = √π ∫₀ˣ erfcx(v) dv, which grows like ln x.</li>
 * </ul>
 * On [0, 32) each is a table of piecewise Chebyshev series built at class load from slow, accurate
 * evaluations (erfcx: Taylor series below 1, continued fraction above; D: Taylor series below 0.5,
 * Rybicki's exponential sum above, Numerical Recipes §6.10); beyond 32 their asymptotic series are exact to
 * rounding. Arguments are x >= 0 unless a method says otherwise.
 */
final class ScaledErrorFunctions {

    static final double SQRT_PI = Math.sqrt(Math.PI);
    private static final double TABLE_END = 32;
    private static final int INTERVALS = 128;
    private static final int DEGREE = 15;

    private static final PiecewiseChebyshev ERFCX = new PiecewiseChebyshev(ScaledErrorFunctions::erfcxSlow, TABLE_END, INTERVALS, DEGREE);
    private static final PiecewiseChebyshev DAWSON = new PiecewiseChebyshev(ScaledErrorFunctions::dawsonSlow, TABLE_END, INTERVALS, DEGREE);
    private static final PiecewiseChebyshev H = buildH();
    private static final double H_AT_END = H.value(TABLE_END); // the end point of the last interval (t = 1)

    private ScaledErrorFunctions() {
    }

    /** erfcx(x) for any real x; for x < −26.6 the result overflows to +∞ (it is 2e^{x²} there). */
    static double erfcx(double x) {
        if (x >= 0) {
            return x < TABLE_END ? ERFCX.value(x) : erfcxAsymptotic(x);
        }
        return 2 * Math.exp(x * x) - erfcx(-x);
    }

    /** e^{−s²} erfcx(−y) for y <= s, without overflow: 2 e^{y²−s²} − e^{−s²} erfcx(y) (y >= 0), e^{−s²} erfcx(|y|) (y < 0). */
    static double scaledErfcxOfMinus(double y, double s) {
        if (y < 0) {
            return Math.exp(-s * s) * erfcx(-y);
        }
        return 2 * Math.exp((y - s) * (y + s)) - Math.exp(-s * s) * erfcx(y);
    }

    /** Dawson's integral D(x), x >= 0. */
    static double dawson(double x) {
        if (x < TABLE_END) {
            return DAWSON.value(x);
        }
        double inv = 1 / (2 * x * x);
        double term = 1;
        double sum = 1;
        for (int k = 1; k <= 7; k++) {
            term *= (2 * k - 1) * inv;
            sum += term;
        }
        return sum / (2 * x);
    }

    /** H(x) = √π ∫₀ˣ erfcx(v) dv, x >= 0. */
    static double integralOfErfcx(double x) {
        if (x < TABLE_END) {
            return H.value(x);
        }
        return H_AT_END + asymptoticAntiderivative(x) - asymptoticAntiderivative(TABLE_END);
    }

    /**
     * √π erfcx(v) = Σ_k c_k v^{−(2k+1)}, c_k = (−1)^k (2k−1)!!/2^k, integrated term by term:
     * ln v − Σ_{k>=1} c_k v^{−2k}/(2k).
     */
    private static double asymptoticAntiderivative(double v) {
        double inv2 = 1 / (v * v);
        double c = 1;
        double power = 1;
        double sum = Math.log(v);
        for (int k = 1; k <= 7; k++) {
            c *= -(2 * k - 1) / 2.0;
            power *= inv2;
            sum -= c * power / (2 * k);
        }
        return sum;
    }

    private static double erfcxAsymptotic(double x) {
        double inv = 1 / (2 * x * x);
        double term = 1;
        double sum = 1;
        for (int k = 1; k <= 7; k++) {
            term *= -(2 * k - 1) * inv;
            sum += term;
        }
        return sum / (x * SQRT_PI);
    }

    /** H on the table: Gauss–Legendre (16 points) of the erfcx table over each interval, cumulated. */
    private static PiecewiseChebyshev buildH() {
        double width = TABLE_END / INTERVALS;
        double[] before = new double[INTERVALS + 1];
        for (int i = 0; i < INTERVALS; i++) {
            before[i + 1] = before[i] + GaussLegendre16.integrate(ERFCX::value, i * width, (i + 1) * width);
        }
        return new PiecewiseChebyshev(x -> {
            int k = Math.min((int) (x / width), INTERVALS - 1);
            return SQRT_PI * (before[k] + GaussLegendre16.integrate(ERFCX::value, k * width, x));
        }, TABLE_END, INTERVALS, DEGREE);
    }

    /** erfcx for the table: e^{x²} − (2/√π) Σ 2ⁿ x^{2n+1}/(2n+1)!! below 1, the Laplace continued fraction above. */
    static double erfcxSlow(double x) {
        if (x < 1) {
            double term = x;
            double sum = x;
            for (int n = 1; n < 200 && term > 1e-18 * sum; n++) {
                term *= 2 * x * x / (2 * n + 1);
                sum += term;
            }
            return Math.exp(x * x) - 2 / SQRT_PI * sum;
        }
        // erfcx(x) = (1/√π) / (x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))), evaluated by modified Lentz
        double tiny = 1e-300;
        double f = x;
        double c = x;
        double d = 0;
        for (int n = 1; n < 100_000; n++) {
            double a = n / 2.0;
            d = x + a * d;
            d = d == 0 ? tiny : d;
            c = x + a / c;
            c = c == 0 ? tiny : c;
            d = 1 / d;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1) < 1e-17) {
                break;
            }
        }
        return 1 / (SQRT_PI * f);
    }

    /** Dawson's integral for the table: Taylor series below 0.5, Rybicki's sum with h = 0.2 above. */
    static double dawsonSlow(double x) {
        if (x < 0.5) {
            double term = x;
            double sum = x;
            for (int n = 1; n < 100 && Math.abs(term) > 1e-18 * Math.abs(sum); n++) {
                term *= -2 * x * x / (2 * n + 1);
                sum += term;
            }
            return sum;
        }
        // D(x) ≈ (1/√π) Σ_{n odd} e^{−(x − n h)²}/n, error ~ e^{−(π/2h)²} ≈ 1e-27 for h = 0.2
        double h = 0.2;
        int center = (int) Math.round(x / h);
        double sum = 0;
        for (int n = center - 61; n <= center + 61; n++) {
            if ((n & 1) != 0) {
                double d = x - n * h;
                sum += Math.exp(-d * d) / n;
            }
        }
        return sum / SQRT_PI;
    }
}
