package org.ratenet.rate.dynamics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.ratenet.api.error.RatenetException;
import org.ratenet.api.error.Require;
import org.ratenet.rate.solve.DampedNewton;

/**
 * Fixed points of a {@link RateNetwork} as a parameter s varies, by pseudo-arclength continuation
 * (Keller 1977; Allgower and Georg, ch. 2): the network receives the extra input s·u (pA) along a direction u,
 * and the branch of solutions of F(μ, s) = I(μ) + s u − μ = 0 is followed in arclength, so it turns around
 * folds (saddle-node points), where the parameter component of the tangent changes sign. Each point carries
 * its stability; the folds bound the range in which several fixed points coexist (hysteresis).
 */
public final class Continuation {

    /** A point of the branch: parameter s (pA), input μ (pA), rates (Hz) and stability. */
    public record Point(double parameter, double[] mu, double[] ratesHz, Stability stability) {
    }

    /** A fold (turning point) located between two branch points by the zero of the tangent's s-component. */
    public record Fold(double parameter, double[] mu) {
    }

    /** The traced branch and its folds, in the order met. */
    public record Branch(List<Point> points, List<Fold> folds) {

        /** How many times the branch crosses parameter value s: the number of fixed points there. */
        public int crossings(double s) {
            int count = 0;
            for (int k = 1; k < points.size(); k++) {
                double a = points.get(k - 1).parameter() - s;
                double b = points.get(k).parameter() - s;
                if (a == 0 || a * b < 0) {
                    count++;
                }
            }
            return count;
        }
    }

    private final double step;
    private final int maxPoints;

    /** @param step arclength step in pA of (μ, s) */
    public Continuation(double step, int maxPoints) {
        this.step = Require.positive("step", step, "pA");
        this.maxPoints = Require.atLeast("maxPoints", maxPoints, 2);
    }

    /** Traces the branch through the fixed point at {@code from} towards {@code to}, until s passes {@code to}. */
    public Branch trace(RateNetwork net, double[] direction, double from, double to, double[] guess) {
        int n = net.size();
        RateNetwork.requireLength("direction", direction, n);
        RateWork work = new RateWork(n);
        DMatrixRMaj jmu = new DMatrixRMaj(n, n);
        double[] f = new double[n];

        DampedNewton.Outcome start = new DampedNewton(1e-10, 100, Double.NEGATIVE_INFINITY).solve((x, out, jac) -> {
            residual(net, work, x, from, direction, out);
            net.jacobian(x, jmu);
            System.arraycopy(jmu.data, 0, jac, 0, n * n);
        }, guess);
        if (!start.converged()) {
            throw new RatenetException("no fixed point at s = " + from + " pA from the guess (residual "
                    + start.residual() + " pA)");
        }
        double[] y = new double[n + 1];
        System.arraycopy(start.x(), 0, y, 0, n);
        y[n] = from;
        double[] t = tangent(net, y, direction, null, jmu);
        if (Math.signum(t[n]) != Math.signum(to - from)) {
            for (int i = 0; i <= n; i++) {
                t[i] = -t[i];
            }
        }
        List<Point> points = new ArrayList<>();
        List<Fold> folds = new ArrayList<>();
        points.add(point(net, y));
        double h = step;
        while (points.size() < maxPoints && (to - y[n]) * Math.signum(to - from) > 0) {
            double[] predicted = new double[n + 1];
            for (int i = 0; i <= n; i++) {
                predicted[i] = y[i] + h * t[i];
            }
            double[] corrected = correct(net, work, predicted, t, direction, jmu, f);
            if (corrected == null) {
                h /= 2;
                if (h < 1e-8 * step) {
                    break;
                }
                continue;
            }
            double[] tNew = tangent(net, corrected, direction, t, jmu);
            if (Math.signum(tNew[n]) != Math.signum(t[n])) {
                double w = t[n] / (t[n] - tNew[n]);
                double[] mu = new double[n];
                for (int i = 0; i < n; i++) {
                    mu[i] = y[i] + w * (corrected[i] - y[i]);
                }
                folds.add(new Fold(y[n] + w * (corrected[n] - y[n]), mu));
            }
            y = corrected;
            t = tNew;
            points.add(point(net, y));
            h = Math.min(step, 1.5 * h);
        }
        return new Branch(List.copyOf(points), List.copyOf(folds));
    }

    private static void residual(RateNetwork net, RateWork work, double[] mu, double s, double[] u, double[] out) {
        net.input(0, mu, out, work);
        for (int i = 0; i < out.length; i++) {
            out[i] += s * u[i] - mu[i];
        }
    }

    /** The unit tangent of the branch at y: [J_μ u; t_prev] t = [0; 1] (t_prev null: fix t_s = 1). */
    private static double[] tangent(RateNetwork net, double[] y, double[] u, double[] previous, DMatrixRMaj jmu) {
        int n = u.length;
        net.jacobian(Arrays.copyOf(y, n), jmu);
        DMatrixRMaj a = new DMatrixRMaj(n + 1, n + 1);
        DMatrixRMaj b = new DMatrixRMaj(n + 1, 1);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a.set(i, j, jmu.get(i, j));
            }
            a.set(i, n, u[i]);
        }
        for (int j = 0; j <= n; j++) {
            a.set(n, j, previous == null ? (j == n ? 1 : 0) : previous[j]);
        }
        b.set(n, 0, 1);
        DMatrixRMaj t = new DMatrixRMaj(n + 1, 1);
        if (!CommonOps_DDRM.solve(a, b, t)) {
            throw new RatenetException("singular continuation system at s = " + y[n] + " pA");
        }
        double norm = NormOps_DDRM.normF(t);
        CommonOps_DDRM.divide(t, norm);
        return t.data.clone();
    }

    /** Newton on [F(y); t·(y − y_p)] = 0 from the prediction; null when it does not converge in 15 steps. */
    private static double[] correct(RateNetwork net, RateWork work, double[] predicted, double[] t, double[] u,
                                    DMatrixRMaj jmu, double[] f) {
        int n = u.length;
        double[] y = predicted.clone();
        DMatrixRMaj a = new DMatrixRMaj(n + 1, n + 1);
        DMatrixRMaj rhs = new DMatrixRMaj(n + 1, 1);
        DMatrixRMaj dy = new DMatrixRMaj(n + 1, 1);
        for (int it = 0; it < 15; it++) {
            double[] mu = Arrays.copyOf(y, n);
            residual(net, work, mu, y[n], u, f);
            double g = 0;
            for (int i = 0; i <= n; i++) {
                g += t[i] * (y[i] - predicted[i]);
            }
            double size = Math.abs(g);
            for (double v : f) {
                size = Math.max(size, Math.abs(v));
            }
            if (size < 1e-10) {
                return y;
            }
            net.jacobian(mu, jmu);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    a.set(i, j, jmu.get(i, j));
                }
                a.set(i, n, u[i]);
                rhs.set(i, 0, f[i]);
            }
            for (int j = 0; j <= n; j++) {
                a.set(n, j, t[j]);
            }
            rhs.set(n, 0, g);
            if (!CommonOps_DDRM.solve(a, rhs, dy)) {
                return null;
            }
            for (int i = 0; i <= n; i++) {
                y[i] -= dy.get(i, 0);
            }
        }
        return null;
    }

    private static Point point(RateNetwork net, double[] y) {
        int n = net.size();
        double[] mu = Arrays.copyOf(y, n);
        RateFixedPoints.FixedPoint p = new RateFixedPoints().classify(net, mu, 0);
        return new Point(y[n], mu, p.ratesHz(), p.stability());
    }
}
