package org.ratenet.rate.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.junit.jupiter.api.Test;
import org.ratenet.api.error.DivergenceException;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.RateNetworkSpec;
import org.ratenet.api.spec.WeightMatrix;
import org.ratenet.api.units.Quantity;
import org.ratenet.api.units.Unit;

class RateDynamicsTest {

    private static final Ratenet RATENET = Ratenet.create();

    static ComponentSpec sigmoid(double beta, double rMax) {
        return ComponentSpec.of("sigmoid", ParameterSet.builder().put("beta", Quantity.of(beta, Unit.HZ_PER_PA))
                .put("r_max", rMax, Unit.HZ).build());
    }

    static ComponentSpec linear(double beta) {
        return ComponentSpec.of("threshold_linear", ParameterSet.builder().put("beta", Quantity.of(beta, Unit.HZ_PER_PA)).build());
    }

    static RateNetwork network(double[][] w, double[] theta, double[] tau, ComponentSpec gain, boolean sparse) {
        int n = w.length;
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            labels.add("u" + i);
        }
        WeightMatrix matrix = WeightMatrix.Dense.of(w);
        if (sparse) {
            List<Integer> rowStart = new ArrayList<>(List.of(0));
            List<Integer> cols = new ArrayList<>();
            List<Double> vals = new ArrayList<>();
            for (double[] row : w) {
                for (int j = 0; j < n; j++) {
                    if (row[j] != 0) {
                        cols.add(j);
                        vals.add(row[j]);
                    }
                }
                rowStart.add(cols.size());
            }
            matrix = new WeightMatrix.Sparse(n, n, rowStart.stream().mapToInt(Integer::intValue).toArray(),
                    cols.stream().mapToInt(Integer::intValue).toArray(), vals.stream().mapToDouble(Double::doubleValue).toArray());
        }
        RateNetworkSpec spec = new RateNetworkSpec(labels, matrix, new double[n], new double[n], theta, tau,
                Collections.nCopies(n, gain));
        return RateNetwork.of(spec, RATENET.gains());
    }

    /** n units, weights N(0, s²/n), thresholds N(0, 20²) pA, τ 5–20 ms, sigmoid β = 1 Hz/pA, r_max 50 Hz. */
    static RateNetwork randomSigmoid(Random random, int n, double s, boolean sparse) {
        double[][] w = new double[n][n];
        double[] theta = new double[n];
        double[] tau = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                w[i][j] = random.nextGaussian() * s / Math.sqrt(n);
            }
            theta[i] = 20 * random.nextGaussian();
            tau[i] = 5 + 15 * random.nextDouble();
        }
        return network(w, theta, tau, sigmoid(1, 50), sparse);
    }

    private static double maxDiff(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }

    private static double[] runTo(RateNetwork net, double[] mu0, double t, double dt, RateIntegrator integrator) {
        double[] mu = mu0.clone();
        RateWork w = new RateWork(net.size());
        long steps = Math.round(t / dt);
        for (long s = 0; s < steps; s++) {
            integrator.step(net, s * dt, dt, mu, w);
        }
        return mu;
    }

    /** Halving dt halves the error of exponential Euler (first order) and divides RK4's by 16 (fourth order). */
    @Test
    void integratorsConvergeAtTheirOrders() {
        Random random = new Random(7);
        RateNetwork net = randomSigmoid(random, 6, 3, false);
        double[] mu0 = new double[6];
        for (int i = 0; i < 6; i++) {
            mu0[i] = 30 * random.nextGaussian();
        }
        double t = 20;
        double[] reference = RateSimulator.adaptive(net, mu0, t, 1e-13);
        double e1 = maxDiff(runTo(net, mu0, t, 0.1, RateIntegrator.EXPONENTIAL_EULER), reference);
        double e2 = maxDiff(runTo(net, mu0, t, 0.05, RateIntegrator.EXPONENTIAL_EULER), reference);
        assertEquals(2, e1 / e2, 0.2, "exponential Euler error ratio " + e1 / e2);
        double r1 = maxDiff(runTo(net, mu0, t, 0.4, RateIntegrator.RK4), reference);
        double r2 = maxDiff(runTo(net, mu0, t, 0.2, RateIntegrator.RK4), reference);
        assertEquals(16, r1 / r2, 2.5, "RK4 error ratio " + r1 / r2);
    }

    /**
     * The steady state of a contracting network (weights N(0, 0.5²/n)) is Newton's fixed point (to 1e-6 pA), after
     * relaxing for 40 time constants of its slowest mode.
     */
    @Test
    void steadyStateEqualsTheNewtonFixedPoint() {
        qt().withExamples(50).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            RateNetwork net = randomSigmoid(random, 2 + random.nextInt(10), 0.5, random.nextBoolean());
            double[] mu0 = new double[net.size()];
            RateFixedPoints.FixedPoint p = new RateFixedPoints().find(net, mu0);
            assertNotNull(p);
            assertTrue(p.stability().stable(), p.stability().toString());
            // 40 time constants of the slowest mode: what is left of the start is e^{-40} of it
            double slowest = -java.util.Arrays.stream(p.eigenvalueReal()).max().orElseThrow();
            double t = Math.min(20_000, Math.max(600, 40 / slowest));
            double[] steady = runTo(net, mu0, t, 0.1, RateIntegrator.EXPONENTIAL_EULER);
            assertTrue(maxDiff(steady, p.mu()) < 1e-6, "distance " + maxDiff(steady, p.mu()));
        });
    }

    /**
     * With W >= 0, β W contracting and negative thresholds the inputs stay positive, so the threshold-linear
     * network is linear: μ(t) = μ* + e^{At}(μ0 − μ*), A = diag(1/τ)(βW − 1), μ* = (1 − βW)⁻¹(−θ). The
     * exponential is computed with EJML by scaling and squaring a 20-term Taylor series.
     */
    @Test
    void linearNetworksFollowTheMatrixExponential() {
        Random random = new Random(3);
        int n = 8;
        double beta = 0.5;
        double[][] w = new double[n][n];
        double[] theta = new double[n];
        double[] tau = new double[n];
        double[] mu0 = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                w[i][j] = random.nextDouble() * 0.2;
            }
            theta[i] = -10 - 10 * random.nextDouble();
            tau[i] = 5 + 10 * random.nextDouble();
            mu0[i] = 1 + 20 * random.nextDouble();
        }
        RateNetwork net = network(w, theta, tau, linear(beta), false);
        DMatrixRMaj a = new DMatrixRMaj(n, n);
        DMatrixRMaj iMinusBw = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a.set(i, j, (beta * w[i][j] - (i == j ? 1 : 0)) / tau[i]);
                iMinusBw.set(i, j, (i == j ? 1 : 0) - beta * w[i][j]);
            }
        }
        DMatrixRMaj minusTheta = new DMatrixRMaj(n, 1);
        for (int i = 0; i < n; i++) {
            minusTheta.set(i, 0, -theta[i]);
        }
        DMatrixRMaj fixed = new DMatrixRMaj(n, 1);
        CommonOps_DDRM.solve(iMinusBw, minusTheta, fixed);
        double t = 30;
        DMatrixRMaj at = a.copy();
        CommonOps_DDRM.scale(t, at);
        DMatrixRMaj e = expm(at);
        DMatrixRMaj offset = new DMatrixRMaj(n, 1);
        for (int i = 0; i < n; i++) {
            offset.set(i, 0, mu0[i] - fixed.get(i, 0));
        }
        DMatrixRMaj exact = new DMatrixRMaj(n, 1);
        CommonOps_DDRM.mult(e, offset, exact);
        CommonOps_DDRM.addEquals(exact, fixed);
        double[] rk4 = runTo(net, mu0, t, 0.01, RateIntegrator.RK4);
        assertTrue(maxDiff(rk4, exact.data) < 1e-9, "RK4 vs e^{At}: " + maxDiff(rk4, exact.data));
        double[] dp = RateSimulator.adaptive(net, mu0, t, 1e-12);
        assertTrue(maxDiff(dp, exact.data) < 1e-8, "Dormand-Prince vs e^{At}: " + maxDiff(dp, exact.data));
    }

    /** e^M by scaling and squaring of a Taylor series (norm of M/2^s below 1/2). */
    static DMatrixRMaj expm(DMatrixRMaj m) {
        int n = m.numRows;
        int s = Math.max(0, (int) Math.ceil(Math.log(NormOps_DDRM.normP1(m) / 0.5) / Math.log(2)));
        DMatrixRMaj x = m.copy();
        CommonOps_DDRM.scale(Math.pow(2, -s), x);
        DMatrixRMaj sum = CommonOps_DDRM.identity(n);
        DMatrixRMaj term = CommonOps_DDRM.identity(n);
        DMatrixRMaj next = new DMatrixRMaj(n, n);
        for (int k = 1; k <= 20; k++) {
            CommonOps_DDRM.mult(term, x, next);
            CommonOps_DDRM.scale(1.0 / k, next);
            term.setTo(next);
            CommonOps_DDRM.addEquals(sum, term);
        }
        for (int k = 0; k < s; k++) {
            CommonOps_DDRM.mult(sum, sum, next);
            sum.setTo(next);
        }
        return sum;
    }

    /**
     * A small perturbation of a fixed point grows when the classification says unstable and decays when it
     * says stable: after T = 10/|max Re λ| the unstable mode has grown by e^{10} ≈ 2·10⁴ (so even a push with a
     * small component along it grows > 100×, while 1e-7 × 2·10⁴ stays in the linear range), and a stable one
     * has shrunk below 1/10. Cases with |max Re λ| < 0.01/ms are too slow to test and skipped.
     */
    @Test
    void eigenvalueClassificationAgreesWithPerturbationGrowth() {
        qt().withExamples(40).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            int n = 3 + random.nextInt(6);
            RateNetwork net = randomSigmoid(random, n, 0.5 + 5 * random.nextDouble(), false);
            RateFixedPoints.FixedPoint p = new RateFixedPoints().find(net, new double[n]);
            if (p == null) {
                return;
            }
            double maxRe = java.util.Arrays.stream(p.eigenvalueReal()).max().orElseThrow();
            if (Math.abs(maxRe) < 1e-2) {
                return; // too close to marginal to test in finite time
            }
            double[] mu = p.mu().clone();
            double[] push = new double[n];
            for (int i = 0; i < n; i++) {
                push[i] = 1e-7 * random.nextGaussian();
                mu[i] += push[i];
            }
            double before = Math.sqrt(java.util.Arrays.stream(push).map(x -> x * x).sum());
            double[] after = runTo(net, mu, 10 / Math.abs(maxRe), 0.01, RateIntegrator.RK4);
            double distance = 0;
            for (int i = 0; i < n; i++) {
                distance += (after[i] - p.mu()[i]) * (after[i] - p.mu()[i]);
            }
            double ratio = Math.sqrt(distance) / before;
            if (p.stability().stable()) {
                assertTrue(ratio < 0.1, "stable but the push changed by " + ratio);
            } else {
                assertTrue(ratio > 100, "unstable but the push changed by " + ratio);
            }
        });
    }

    /**
     * Circular law: with W_ij ~ N(0, σ0²/N) the eigenvalues of W fill the disk of radius σ0 as N → ∞, so the
     * quiescent fixed point μ = 0 (θ = W f(0)) of slope β = f′(0) loses stability where σ0 β crosses 1. For
     * N = 400 the spectral radius deviates from σ0 by a few percent (edge fluctuations ~ N^{−1/2}); the test
     * asserts stable at σ0 β = 0.8 and unstable at 1.2 for 5 seeds each, a margin of 20 %.
     */
    @Test
    void quiescentStateLosesStabilityWhereSigmaBetaCrossesOne() {
        int n = 400;
        double beta = 1;
        for (long seed = 1; seed <= 5; seed++) {
            for (double sigma : new double[] {0.8, 1.2}) {
                Random random = new Random(seed);
                double[][] w = new double[n][n];
                double[] theta = new double[n];
                double[] tau = new double[n];
                double f0 = 25; // sigmoid with r_max = 50 Hz is at half height at 0
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        w[i][j] = random.nextGaussian() * sigma / Math.sqrt(n);
                        theta[i] += w[i][j] * f0;
                    }
                    tau[i] = 10;
                }
                RateNetwork net = network(w, theta, tau, sigmoid(beta, 50), false);
                RateFixedPoints.FixedPoint p = new RateFixedPoints().classify(net, new double[n], 0);
                assertEquals(sigma * beta < 1, p.stability().stable(), "sigma0 beta = " + sigma + ", seed " + seed + ": "
                        + p.stability());
            }
        }
    }

    @Test
    void sparseAndDenseWeightsGiveTheSameTrajectory() {
        Random random = new Random(11);
        double[][] w = new double[30][30];
        for (double[] row : w) {
            for (int j = 0; j < 30; j++) {
                row[j] = random.nextDouble() < 0.2 ? random.nextGaussian() : 0;
            }
        }
        double[] theta = new double[30];
        double[] tau = new double[30];
        java.util.Arrays.fill(tau, 10);
        double[] mu0 = new double[30];
        for (int i = 0; i < 30; i++) {
            theta[i] = random.nextGaussian() * 10;
            mu0[i] = random.nextGaussian() * 10;
        }
        double[] dense = runTo(network(w, theta, tau, sigmoid(1, 50), false), mu0, 100, 0.1, RateIntegrator.EXPONENTIAL_EULER);
        double[] sparse = runTo(network(w, theta, tau, sigmoid(1, 50), true), mu0, 100, 0.1, RateIntegrator.EXPONENTIAL_EULER);
        assertTrue(maxDiff(dense, sparse) < 1e-10, "dense vs sparse " + maxDiff(dense, sparse));
    }

    /** Steps allocate nothing: 20,000 steps of each integrator, dense and sparse, allocate < 64 KB in all. */
    @Test
    void stepsAllocateNothing() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (boolean sparse : new boolean[] {false, true}) {
            RateNetwork net = randomSigmoid(new Random(5), 50, 2, sparse);
            RateWork work = new RateWork(50);
            double[] mu = new double[50];
            for (RateIntegrator integrator : RateIntegrator.values()) {
                for (int s = 0; s < 20_000; s++) { // warm up the JIT
                    integrator.step(net, s * 0.1, 0.1, mu, work);
                }
                long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
                for (int s = 0; s < 20_000; s++) {
                    integrator.step(net, s * 0.1, 0.1, mu, work);
                }
                long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
                assertTrue(allocated < 65_536, integrator + (sparse ? " sparse" : " dense") + " allocated " + allocated + " bytes");
            }
        }
    }

    @Test
    void aRunawayNetworkStopsNamingTimeAndUnit() {
        double[][] w = {{2, 0}, {0, 0.5}}; // unit u0 excites itself with loop gain 2
        RateNetwork net = network(w, new double[] {-1, 0}, new double[] {10, 10}, linear(1), false);
        DivergenceException e = assertThrows(DivergenceException.class,
                () -> RateSimulator.run(net, new double[] {1, 0}, 10_000, 0.1, 1, RateIntegrator.EXPONENTIAL_EULER));
        assertEquals("u0", e.population());
        assertEquals(0, e.neuron());
        assertTrue(e.timeMs() > 0 && e.timeMs() < 10_000, e.getMessage());
    }
}
