package org.ratenet.api.dynamics;

/**
 * The two factors of one exact step of a linear relaxation dV/dt = −(G/C)(V − V_∞) with y = dt·G/C:
 * <pre>
 *   V(t + dt) = V e^{−y} + (dt/C)·(G V_∞)·φ(y),    φ(y) = (1 − e^{−y})/y = Σ_{k>=0} (−y)^k/(k+1)!,    e^{−y} = 1 − y φ(y),
 * </pre>
 * the form that needs neither a division by G nor a call. For 0 <= y <= {@link #POLYNOMIAL_RANGE} φ is its Taylor
 * polynomial of degree 12 in Horner form: the truncation error is below 0.5¹³/14! = 1.4·10⁻¹⁵ and the relative error of
 * φ and of e^{−y} against {@link Math#expm1}/{@link Math#exp} stays below 1e-14 (tested; the issue asked for 1e-12). Above
 * the range the exact functions are used.
 */
public final class ExponentialRelaxation {

    /** The largest y of the polynomial. */
    public static final double POLYNOMIAL_RANGE = 0.5;

    /** (−1)^k/(k+1)!, k = 0 .. 12. */
    static final double[] PHI = new double[13];

    static {
        double factorial = 1;
        for (int k = 0; k < PHI.length; k++) {
            factorial *= k + 1;
            PHI[k] = (k % 2 == 0 ? 1 : -1) / factorial;
        }
    }

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

    static final double C0 = PHI[0];
    static final double C1 = PHI[1];
    static final double C2 = PHI[2];
    static final double C3 = PHI[3];
    static final double C4 = PHI[4];
    static final double C5 = PHI[5];
    static final double C6 = PHI[6];
    static final double C7 = PHI[7];
    static final double C8 = PHI[8];
    static final double C9 = PHI[9];
    static final double C10 = PHI[10];
    static final double C11 = PHI[11];
    static final double C12 = PHI[12];

    /** The polynomial alone (valid for 0 <= y <= {@link #POLYNOMIAL_RANGE}), in the operation order of the vector pass. */
    static double phiPolynomial(double y) {
        double p = C12 * y + C11;
        p = p * y + C10;
        p = p * y + C9;
        p = p * y + C8;
        p = p * y + C7;
        p = p * y + C6;
        p = p * y + C5;
        p = p * y + C4;
        p = p * y + C3;
        p = p * y + C2;
        p = p * y + C1;
        return p * y + C0;
    }
}
