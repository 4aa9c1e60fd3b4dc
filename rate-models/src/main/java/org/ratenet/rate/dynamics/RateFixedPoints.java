package org.ratenet.rate.dynamics;

import java.util.Arrays;

import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ratenet.api.error.Require;
import org.ratenet.rate.solve.DampedNewton;

/**
 * Fixed points μ* = W f(μ*) + W_ext r_ext − θ of a {@link RateNetwork} with constant drive: damped Newton on
 * F(μ) = I(μ) − μ with Jacobian −1 + W diag f′(μ) (EJML LU); when Newton stalls, the dynamics are run with
 * exponential Euler for {@code relaxMs} and Newton is tried again. Stability from the eigenvalues of
 * diag(1/τ)(−1 + W diag f′(μ*)).
 */
public final class RateFixedPoints {

    /** A fixed point: input μ* (pA), rates f(μ*) (Hz), residual max |F| (pA), eigenvalues (1/ms) and stability. */
    public record FixedPoint(double[] mu, double[] ratesHz, double residual, double[] eigenvalueReal,
                             double[] eigenvalueImaginary, Stability stability) {
    }

    private final double tolerance;
    private final double relaxMs;

    public RateFixedPoints() {
        this(1e-10, 2000);
    }

    public RateFixedPoints(double tolerancePa, double relaxMs) {
        this.tolerance = Require.positive("tolerance", tolerancePa, "pA");
        this.relaxMs = Require.positive("relax", relaxMs, "ms");
    }

    /** The fixed point reached from {@code start}, or null when neither Newton nor relaxation finds one. */
    public FixedPoint find(RateNetwork net, double[] start) {
        int n = net.size();
        RateNetwork.requireLength("start", start, n);
        RateWork work = new RateWork(n);
        DMatrixRMaj jacobian = new DMatrixRMaj(n, n);
        DampedNewton.Equations equations = (x, f, jac) -> {
            net.input(0, x, f, work);
            for (int i = 0; i < n; i++) {
                f[i] -= x[i];
            }
            if (jac != null) {
                net.jacobian(x, jacobian);
                System.arraycopy(jacobian.data, 0, jac, 0, n * n);
            }
        };
        DampedNewton newton = new DampedNewton(tolerance, 100, Double.NEGATIVE_INFINITY);
        DampedNewton.Outcome o = newton.solve(equations, start);
        if (!o.converged()) {
            double[] mu = o.x().clone();
            double dt = 0.05 * minTau(net);
            for (double t = 0; t < relaxMs; t += dt) {
                RateIntegrator.EXPONENTIAL_EULER.step(net, t, dt, mu, work);
            }
            o = newton.solve(equations, mu);
            if (!o.converged()) {
                return null;
            }
        }
        return classify(net, o.x(), o.residual());
    }

    /** The eigenvalues and stability at μ. */
    public FixedPoint classify(RateNetwork net, double[] mu, double residual) {
        int n = net.size();
        DMatrixRMaj m = new DMatrixRMaj(n, n);
        net.jacobian(mu, m);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m.set(i, j, m.get(i, j) / net.tauMs(i));
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false);
        double[] re = new double[n];
        double[] im = new double[n];
        if (!eig.decompose(m)) {
            Arrays.fill(re, Double.NaN);
        } else {
            for (int i = 0; i < n; i++) {
                Complex_F64 v = eig.getEigenvalue(i);
                re[i] = v.real;
                im[i] = v.imaginary;
            }
        }
        double[] rates = new double[n];
        net.rates(mu, rates);
        return new FixedPoint(mu.clone(), rates, residual, re, im, Stability.of(re, im));
    }

    private static double minTau(RateNetwork net) {
        double t = Double.POSITIVE_INFINITY;
        for (int i = 0; i < net.size(); i++) {
            t = Math.min(t, net.tauMs(i));
        }
        return t;
    }
}
