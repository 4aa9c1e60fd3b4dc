package org.ratenet.api.neuron;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * A slow, independent evaluation of the Siegert formula for tests. It uses the representation
 * √π ∫_b^a e^{u²}(1 + erf u) du = ∫₀^∞ e^{−s²} (e^{2as} − e^{2bs}) / s ds (from √π erfcx(−u) = 2∫₀^∞ e^{−s²+2us} ds),
 * scaled by e^{−m²} with m = max(a, 0), integrated by 32-point Gauss–Legendre on 60 geometric panels from
 * 1e-18 to 1 and panels of width 0.125 over [max(1, a − 12), m + 12]. It shares no special function with
 * {@link SiegertFunction}; in double precision it is good to about 1e-13 relative.
 */
public final class SiegertReference {

    private static final GaussIntegrator RULE = new GaussIntegratorFactory().legendreHighPrecision(32, 0, 1);

    private SiegertReference() {
    }

    /** ν in Hz by the slow route. */
    public static double rate(double tauMs, double theta, double reset, double tRef, double mu, double sigma) {
        double a = (theta - mu) / sigma;
        double b = (reset - mu) / sigma;
        double m = Math.max(a, 0);
        double scaled = 0; // e^{−m²} I
        double lo = 1e-18;
        for (int k = 0; k < 60; k++) { // geometric panels [lo, 2 lo] up to ~1
            double hi = Math.min(1, lo * 2);
            scaled += panel(a, b, m, lo, hi);
            lo = hi;
            if (lo >= 1) {
                break;
            }
        }
        // beyond 1 the integrand is at most e^{−(s−a)²} times a bounded factor: only |s − a| < 12 counts
        for (double s = Math.max(1, a - 12); s < m + 12; s += 0.125) {
            scaled += panel(a, b, m, s, s + 0.125);
        }
        // on [0, 1e-18] the integrand is 2(a − b) e^{−m²} to first order
        scaled += 2 * (a - b) * Math.exp(-m * m) * 1e-18;
        double e = Math.exp(-m * m);
        return 1000 * e / (tRef * e + tauMs * scaled);
    }

    private static double panel(double a, double b, double m, double lo, double hi) {
        double sum = 0;
        for (int i = 0; i < RULE.getNumberOfPoints(); i++) {
            double s = lo + (hi - lo) * RULE.getPoint(i);
            // −(s − a)² + a² − m², written without cancellation: m = a above 0, m = 0 otherwise
            double exponent = a > 0 ? -(s - a) * (s - a) : -s * (s - 2 * a);
            sum += RULE.getWeight(i) * Math.exp(exponent) * -Math.expm1(-2 * (a - b) * s) / s;
        }
        return sum * (hi - lo);
    }
}
