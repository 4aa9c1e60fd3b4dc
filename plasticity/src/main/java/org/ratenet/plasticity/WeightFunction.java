package org.ratenet.plasticity;

import org.ratenet.api.model.Interval;

/**
 * The weight a synapse of the trace rule takes for the rate estimates of its two neurons, in units of the projection's
 * nominal weight (the synapse's {@code weight}): w_ij = weight · W(r_p x_i, r_p x_j), i postsynaptic, j presynaptic
 * (Vegué, Allard and Desrosiers 2025). Built-in: {@code hebbian} and {@code saturating_hebbian}; a user's function is a
 * {@link org.ratenet.api.model.Kind} registered by name with {@code PlasticityModule.weightFunctions(binder())}.
 */
@FunctionalInterface
public interface WeightFunction {

    /** W(ν_post, ν_pre) for rates in Hz; must be finite. */
    double factor(double postRateHz, double preRateHz);

    /** The values W can take (in units of the nominal weight); unbounded unless the function says otherwise. */
    default Interval bounds() {
        return Interval.open(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }
}
