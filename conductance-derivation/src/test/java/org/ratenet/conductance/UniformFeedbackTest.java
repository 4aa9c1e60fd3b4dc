package org.ratenet.conductance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Uniform feedback (Kleinfeld 11.34–11.37) against the numerical fixed points and dynamics of 11.32. */
class UniformFeedbackTest {

    /** Bisection for the root of [β (J r − θ)]_+ − r on (lo, hi), where the sign changes. */
    private static double bisect(UniformFeedback u, double lo, double hi) {
        for (int i = 0; i < 200; i++) {
            double mid = 0.5 * (lo + hi);
            double g = Math.max(0, u.betaHzPerPa() * (u.couplingPaPerHz() * mid - u.thresholdPa())) - mid;
            double glo = Math.max(0, u.betaHzPerPa() * (u.couplingPaPerHz() * lo - u.thresholdPa())) - lo;
            if (Math.signum(g) == Math.signum(glo)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    @Test
    void closedFormEqualsTheNumericalFixedPointAboveCriticalCoupling() {
        qt().forAll(doubles().between(1.01, 50), doubles().between(1, 500), doubles().between(0.01, 1))
                .checkAssert((loopGain, theta, beta) -> {
                    UniformFeedback u = new UniformFeedback(loopGain / beta, theta, beta, 20);
                    double r0 = u.closedFormRate();
                    double numerical = bisect(u, r0 * 1e-3, r0 * 1e3);
                    assertEquals(r0, numerical, 1e-9 * r0);
                    List<UniformFeedback.FixedPoint> points = u.fixedPoints();
                    assertEquals(2, points.size());
                    assertTrue(points.get(0).stable() && points.get(0).rateHz() == 0);
                    assertFalse(points.get(1).stable());
                    assertTrue(u.nonZeroBranchUnstable());
                });
    }

    /**
     * Below the critical coupling (N β W₀ < 1, θ > 0) the only fixed point is 0 and the dynamics 11.32 of N
     * units with W_ij = W₀ reach it from any start: after 60 τ all rates are below 1e-9 Hz. (While active,
     * the uniform mode relaxes towards the negative input −θ/(1 − NβW₀) at rate (1 − NβW₀)/τ, so from
     * μ ≤ 10 θ it crosses 0 within about 10 τ even at NβW₀ = 0.99; once inactive the rate is exactly 0.)
     */
    @Test
    void belowCriticalCouplingOnlyZeroExistsAndIsReachedFromAnyStart() {
        qt().withExamples(200).forAll(doubles().between(0, 0.99), doubles().between(1, 500), doubles().between(0.01, 1),
                integers().between(1, 20)).checkAssert((loopGain, theta, beta, n) -> {
                    UniformFeedback u = new UniformFeedback(loopGain / beta, theta, beta, 10);
                    assertEquals(1, u.fixedPoints().size());
                    assertTrue(u.fixedPoints().get(0).stable());
                    double w0 = u.couplingPaPerHz() / n;
                    java.util.Random random = new java.util.Random(n * 31L + (long) (theta * 1000));
                    double[] mu = new double[n];
                    for (int i = 0; i < n; i++) {
                        mu[i] = theta * 10 * random.nextDouble(); // far into the active region
                    }
                    double dt = 0.01; // in units of tau, exponential Euler
                    double decay = Math.exp(-dt);
                    for (int step = 0; step < 6000; step++) {
                        double sum = 0;
                        for (double m : mu) {
                            sum += Math.max(0, beta * m);
                        }
                        double drive = w0 * sum - theta;
                        for (int i = 0; i < n; i++) {
                            mu[i] = mu[i] * decay + drive * (1 - decay);
                        }
                    }
                    for (double m : mu) {
                        assertTrue(Math.max(0, beta * m) < 1e-9, "rate " + Math.max(0, beta * m));
                    }
                });
    }

    /** Above the critical coupling a small push off r₀ grows: the non-zero branch is unstable in 11.32. */
    @Test
    void aboveCriticalCouplingTheActiveStateRunsAway() {
        UniformFeedback u = new UniformFeedback(20 / 0.1, 100, 0.1, 10); // N β W0 = 20
        double r0 = u.closedFormRate();
        double mu = r0 / 0.1 * (1 + 1e-6);
        double dt = 0.001;
        for (int step = 0; step < 2000; step++) {
            mu += dt * (-mu + u.couplingPaPerHz() * Math.max(0, 0.1 * mu) - u.thresholdPa());
        }
        assertTrue(0.1 * mu > 2 * r0, "the push grew to " + 0.1 * mu + " Hz from r0 = " + r0);
    }
}
