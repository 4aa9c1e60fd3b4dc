package org.ratenet.equations;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * e^M for a small dense matrix by scaling and squaring with the [6/6] Padé approximant (Moler and Van Loan 2003,
 * "Nineteen dubious ways to compute the exponential of a matrix", SIAM Review 45:3, method 3): M is scaled by 2^−s so that
 * its norm is at most 1/2, the approximant N/D is solved for by LU, and squared s times. The relative error is near
 * machine precision for the well-conditioned propagators of neuron models.
 */
final class MatrixExponential {

    private static final int ORDER = 6;

    private MatrixExponential() {
    }

    static double[][] of(double[][] m) {
        RealMatrix a = new Array2DRowRealMatrix(m);
        double norm = a.getNorm(); // the maximum absolute column sum
        if (!Double.isFinite(norm)) {
            throw new ArithmeticException("a matrix with non-finite entries has no exponential");
        }
        int squarings = Math.max(0, Math.getExponent(norm) + 2);
        RealMatrix x = a.scalarMultiply(Math.scalb(1.0, -squarings));
        int n = m.length;
        RealMatrix numerator = MatrixUtils.createRealIdentityMatrix(n);
        RealMatrix denominator = MatrixUtils.createRealIdentityMatrix(n);
        RealMatrix power = MatrixUtils.createRealIdentityMatrix(n);
        double c = 1;
        for (int k = 1; k <= ORDER; k++) {
            c *= (double) (ORDER - k + 1) / (k * (2 * ORDER - k + 1));
            power = power.multiply(x);
            RealMatrix term = power.scalarMultiply(c);
            numerator = numerator.add(term);
            denominator = k % 2 == 0 ? denominator.add(term) : denominator.subtract(term);
        }
        RealMatrix e = new LUDecomposition(denominator).getSolver().solve(numerator);
        for (int k = 0; k < squarings; k++) {
            e = e.multiply(e);
        }
        return e.getData();
    }
}
