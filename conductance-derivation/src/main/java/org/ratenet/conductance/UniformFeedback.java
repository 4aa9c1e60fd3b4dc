package org.ratenet.conductance;

import java.util.ArrayList;
import java.util.List;

import org.ratenet.api.error.Require;

/**
 * Uniform feedback with threshold-linear gain (Kleinfeld 11.34–11.37): every unit receives the total
 * recurrent coupling J = N W₀ (pA/Hz) from units at the common rate r, so r = [β (J r − θ)]_+. With
 * θ > 0 the only fixed point is r = 0 when N β W₀ &lt; 1; when N β W₀ > 1 there is also
 * r₀ = θ / (N W₀ − 1/β) (11.37). In the dynamics τ dμ/dt = −μ + J f(μ) − θ (11.32) the uniform mode at a
 * fixed point has eigenvalue (J f′(μ) − 1)/τ: r = 0 with μ = −θ &lt; 0 is stable, and the non-zero branch,
 * where f′ = β, is unstable exactly when N β W₀ > 1.
 *
 * <p>{@code theta} may include constant external input: θ_eff = θ − W_ext r_ext.
 *
 * @param couplingPaPerHz J = N W₀ (pA/Hz)
 * @param thresholdPa θ (pA)
 * @param betaHzPerPa β (Hz/pA)
 * @param timeConstantMs τ of 11.32 (ms)
 */
public record UniformFeedback(double couplingPaPerHz, double thresholdPa, double betaHzPerPa, double timeConstantMs) {

    /** A fixed point with the eigenvalue of the uniform mode (1/ms) and its stability. */
    public record FixedPoint(double rateHz, double eigenvaluePerMs, boolean stable) {
    }

    public UniformFeedback {
        Require.finite("J", couplingPaPerHz, "pA/Hz");
        Require.finite("theta", thresholdPa, "pA");
        Require.positive("beta", betaHzPerPa, "Hz/pA");
        Require.positive("tau", timeConstantMs, "ms");
    }

    /** N β W₀, the loop gain; the critical coupling is where it equals 1. */
    public double loopGain() {
        return betaHzPerPa * couplingPaPerHz;
    }

    /** r₀ of 11.37, θ/(N W₀ − 1/β), whether or not it is positive. */
    public double closedFormRate() {
        return thresholdPa / (couplingPaPerHz - 1 / betaHzPerPa);
    }

    /** All fixed points, the zero branch first. */
    public List<FixedPoint> fixedPoints() {
        List<FixedPoint> points = new ArrayList<>();
        if (thresholdPa >= 0) { // r = 0 needs input −θ <= 0
            double slope = thresholdPa > 0 ? 0 : betaHzPerPa; // at the kink (θ = 0) the active side decides
            points.add(point(0, slope));
        }
        double gain = loopGain();
        if (gain != 1) {
            double r = closedFormRate();
            if (r > 0 && Double.isFinite(r)) {
                points.add(point(r, betaHzPerPa));
            }
        }
        return points;
    }

    /** True when a non-zero branch exists and is unstable (N β W₀ > 1 with θ > 0). */
    public boolean nonZeroBranchUnstable() {
        return fixedPoints().stream().anyMatch(p -> p.rateHz() > 0 && !p.stable());
    }

    private FixedPoint point(double rate, double gainSlope) {
        double eigenvalue = (couplingPaPerHz * gainSlope - 1) / timeConstantMs;
        return new FixedPoint(rate, eigenvalue, eigenvalue < 0);
    }
}
