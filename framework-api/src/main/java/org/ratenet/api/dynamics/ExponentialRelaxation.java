package org.ratenet.api.dynamics;

/**
 * The two factors of one exact step of a linear relaxation dV/dt = −(G/C)(V − V_∞) with y = dt·G/C:
 * <pre>
 *   V(t + dt) = V e^{−y} + (dt/C)·(G V_∞)·φ(y),    φ(y) = (1 − e^{−y})/y,    e^{−y} = 1 − y φ(y),
 * </pre>
 * the form that needs neither a division by G nor a call. For 0 <= y <= {@link #POLYNOMIAL_RANGE} φ is a polynomial
 * of degree 8 in Horner form, fitted to φ by least squares in relative error on 400 Chebyshev nodes of the range
 * (the coefficients are exact binary literals, so every JVM computes the same bits; they are close to φ's Taylor
 * coefficients (−1)^k/(k+1)!, which would need degree 12 for the same accuracy). The relative error of φ and of
 * e^{−y} against {@link Math#expm1}/{@link Math#exp} is below 5·10⁻¹⁵ on the range (tested to 1e-14; the issue asked
 * for 1e-12). Above the range the exact functions are used.
 */
public final class ExponentialRelaxation {

    /** The largest y of the polynomial. */
    public static final double POLYNOMIAL_RANGE = 0.5;

    static final double C0 = 0x1.fffffffffffe0p-1;
    static final double C1 = -0x1.fffffffffacbep-2;
    static final double C2 = 0x1.5555555333b7dp-3;
    static final double C3 = -0x1.555554a86416dp-5;
    static final double C4 = 0x1.1110f57dcfed7p-7;
    static final double C5 = -0x1.6c11cb46bb474p-10;
    static final double C6 = 0x1.9f92fdd1ec911p-13;
    static final double C7 = -0x1.97a845b86503bp-16;
    static final double C8 = 0x1.27632de85aed8p-19;

    private ExponentialRelaxation() {
    }

    /** φ(y) = (1 − e^{−y})/y for y >= 0 (1 at y = 0). */
    public static double phi(double y) {
        return y <= POLYNOMIAL_RANGE ? phiPolynomial(y) : -Math.expm1(-y) / y;
    }

    /** e^{−y} from the same polynomial, 1 − y φ(y), for y >= 0. */
    public static double decay(double y) {
        return y <= POLYNOMIAL_RANGE ? 1 - y * phiPolynomial(y) : Math.exp(-y);
    }

    /** The polynomial alone (valid for 0 <= y <= {@link #POLYNOMIAL_RANGE}), in the operation order of the vector pass. */
    static double phiPolynomial(double y) {
        double p = C8 * y + C7;
        p = p * y + C6;
        p = p * y + C5;
        p = p * y + C4;
        p = p * y + C3;
        p = p * y + C2;
        p = p * y + C1;
        return p * y + C0;
    }
}
