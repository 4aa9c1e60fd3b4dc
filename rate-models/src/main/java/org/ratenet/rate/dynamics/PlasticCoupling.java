package org.ratenet.rate.dynamics;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;
import org.ratenet.api.model.PlasticityRule;

/**
 * A plastic population-to-population coupling of the rate level: population {@code target} receives
 * {@code coupling} · u · ν_source (coupling = K · W in pA/Hz), where the relative weight u (1 at the start) follows the
 * rule's rate limit du/dt = {@link PlasticityRule#expectedDrift}(ν_source, ν_target, u), kept within the rule's bounds.
 */
public record PlasticCoupling(String name, int target, int source, double coupling, PlasticityRule rule) {

    public PlasticCoupling {
        Require.name("projection", name);
        Require.finite("coupling", coupling, "pA/Hz");
        Require.nonNull("rule", rule);
    }

    /** u after one Euler step of {@code dtMs} at the given rates (Hz), clipped to the rule's bounds. */
    double step(double u, double sourceRateHz, double targetRateHz, double dtMs) {
        double drift = rule.expectedDrift(sourceRateHz, targetRateHz, u);
        if (!Double.isFinite(drift)) {
            throw new InvalidParameterException("plasticity of " + name, drift + " per ms",
                    "a finite rate limit (an instantaneous rule, e.g. the trace rule with tau_w 0, has none: give it a relaxation time)");
        }
        double next = u + dtMs * drift;
        return Math.min(rule.weightBounds().upper(), Math.max(rule.weightBounds().lower(), next));
    }
}
