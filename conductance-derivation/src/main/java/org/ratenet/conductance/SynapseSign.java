package org.ratenet.conductance;

/**
 * What a synapse does in the rate model, from its effective driving force D = V_syn − V_leak − v_θ (11.29).
 * A synapse is shunting when |D| is small against the driving force V_syn − V_leak it has on the membrane:
 * it opens a conductance, but its current and the threshold shift it causes nearly cancel, so W ≈ 0.
 */
public enum SynapseSign {
    EXCITATORY, INHIBITORY, SHUNTING;

    /** Default: shunting when |D| ≤ 10 % of |V_syn − V_leak|. */
    public static final double DEFAULT_SHUNTING_FRACTION = 0.1;

    /** Classifies a synapse of reversal {@code vSyn} onto {@code post}. */
    public static SynapseSign classify(double vSyn, CellParameters post, double shuntingFraction) {
        double d = EffectiveParameters.drivingForce(post, vSyn);
        if (Math.abs(d) <= shuntingFraction * Math.abs(vSyn - post.leakReversalMv())) {
            return SHUNTING;
        }
        return d > 0 ? EXCITATORY : INHIBITORY;
    }
}
