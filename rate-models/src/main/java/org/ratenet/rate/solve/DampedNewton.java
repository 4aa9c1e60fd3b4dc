package org.ratenet.rate.solve;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ratenet.api.error.Require;

/**
 * Damped Newton for F(x) = 0: the Newton step from the Jacobian (EJML LU solve), halved until max |F| drops
 * by the Armijo factor (1 − 1e-4 λ), with an optional lower bound on x (rates stay >= 0). Stops when
 * max |F| ≤ tolerance, when no step helps, or after {@code maxIterations}.
 */
public final class DampedNewton {

    /** The equations: F(x) into {@code f} and, when {@code jacobian} is not null, ∂F_i/∂x_j row-major. */
    @FunctionalInterface
    public interface Equations {
        void evaluate(double[] x, double[] f, double[] jacobian);
    }

    /** The outcome: whether max |F| reached the tolerance, the final x and max |F| there. */
    public record Outcome(boolean converged, double[] x, double residual, int iterations) {
    }

    private final double tolerance;
    private final int maxIterations;
    private final double lowerBound;

    /** @param lowerBound x is kept >= this (−∞ for none) */
    public DampedNewton(double tolerance, int maxIterations, double lowerBound) {
        this.tolerance = Require.positive("tolerance", tolerance, "");
        this.maxIterations = Require.atLeast("maxIterations", maxIterations, 1);
        this.lowerBound = lowerBound;
    }

    public Outcome solve(Equations equations, double[] start) {
        int n = start.length;
        double[] x = start.clone();
        double[] f = new double[n];
        double[] jac = new double[n * n];
        double[] trial = new double[n];
        DMatrixRMaj a = DMatrixRMaj.wrap(n, n, jac);
        DMatrixRMaj rhs = new DMatrixRMaj(n, 1);
        DMatrixRMaj step = new DMatrixRMaj(n, 1);
        equations.evaluate(x, f, jac);
        double residual = maxAbs(f);
        int it = 0;
        for (; it < maxIterations && Double.isFinite(residual) && residual > tolerance; it++) {
            System.arraycopy(f, 0, rhs.data, 0, n);
            if (!CommonOps_DDRM.solve(a, rhs, step)) {
                break;
            }
            double lambda = 1;
            boolean improved = false;
            for (int k = 0; k < 30; k++) {
                for (int i = 0; i < n; i++) {
                    trial[i] = Math.max(lowerBound, x[i] - lambda * step.data[i]);
                }
                equations.evaluate(trial, f, jac);
                double r = maxAbs(f);
                if (r < (1 - 1e-4 * lambda) * residual) {
                    System.arraycopy(trial, 0, x, 0, n);
                    residual = r;
                    improved = true;
                    break;
                }
                lambda *= 0.5;
            }
            if (!improved) {
                break;
            }
        }
        return new Outcome(residual <= tolerance, x, residual, it);
    }

    /** max |v_i|, +∞ if any is NaN. */
    public static double maxAbs(double[] v) {
        double m = 0;
        for (double x : v) {
            double a = Math.abs(x);
            m = Double.isNaN(a) ? Double.POSITIVE_INFINITY : Math.max(m, a);
        }
        return m;
    }
}
