package org.ratenet.rate.field;

import org.ratenet.api.error.Require;

/**
 * A distance-dependent coupling w(d) per unit length (pA/Hz per unit of the field's length), symmetric in d.
 */
@FunctionalInterface
public interface Kernel {

    double weight(double distance);

    /**
     * Difference of Gaussians ("Mexican hat"): a_E e^{−d²/2σ_E²} − a_I e^{−d²/2σ_I²}, local excitation and
     * broader inhibition, which supports bumps (Amari 1977).
     */
    static Kernel mexicanHat(double excitation, double excitationWidth, double inhibition, double inhibitionWidth) {
        Require.positive("excitation width", excitationWidth, "");
        Require.positive("inhibition width", inhibitionWidth, "");
        return d -> excitation * Math.exp(-d * d / (2 * excitationWidth * excitationWidth))
                - inhibition * Math.exp(-d * d / (2 * inhibitionWidth * inhibitionWidth));
    }

    /** a e^{−|d|/λ}, purely excitatory, which supports travelling fronts. */
    static Kernel exponential(double amplitude, double length) {
        Require.positive("length", length, "");
        return d -> amplitude * Math.exp(-Math.abs(d) / length);
    }
}
