package org.ratenet.conductance;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;

/**
 * From target rate-network parameters back to conductances, with τ, reversal potentials, V_leak and
 * v_θ fixed: G_syn = W / (τ_syn (V_syn − v_θ − V_leak)) (11.29), G_ext = W_ext / (τ_ext (V_ext − V_leak − v_θ))
 * (11.30), I_θ° = θ − g_L° v_θ (11.31). A weight whose sign the driving force cannot produce (G must be
 * >= 0) is rejected with the reason.
 */
public final class InverseDesign {

    private InverseDesign() {
    }

    /** G_syn (nS) that gives the target weight (pA/Hz) onto {@code post} through a synapse of τ and V_syn. */
    public static double synapticConductance(double targetWeight, CellParameters post, double tauSynMs, double reversalMv) {
        return conductance("W", targetWeight, tauSynMs, reversalMv, "V_syn", post);
    }

    /** G_ext (nS) that gives the target external weight (pA/Hz). */
    public static double externalConductance(double targetWeight, CellParameters post, double tauExtMs, double reversalMv) {
        return conductance("W_ext", targetWeight, tauExtMs, reversalMv, "V_ext", post);
    }

    /** I_θ° (pA) that gives the target threshold θ (pA) for a cell of g_L° and v_θ. */
    public static double restingThreshold(double targetThetaPa, double restingLeakNs, double thresholdSlopeMv) {
        Require.finite("theta", targetThetaPa, "pA");
        return targetThetaPa - restingLeakNs * thresholdSlopeMv;
    }

    private static double conductance(String what, double target, double tauMs, double reversalMv, String reversalName,
                                      CellParameters post) {
        Require.finite(what, target, "pA/Hz");
        Require.positive("tau", tauMs, "ms");
        double drive = EffectiveParameters.drivingForce(post, reversalMv);
        if (target == 0) {
            return 0;
        }
        if (drive == 0 || Math.signum(drive) != Math.signum(target)) {
            String sign = target > 0 ? "> 0" : "< 0";
            throw new InvalidParameterException(what, Require.format(target) + " pA/Hz",
                    (target > 0 ? "<= 0" : ">= 0") + ": a conductance (G >= 0) can give " + what + " " + sign + " only if "
                    + reversalName + " " + (target > 0 ? ">" : "<") + " V_leak + v_theta = "
                    + Require.format(post.leakReversalMv() + post.thresholdSlopeMv()) + " mV, but " + reversalName + " = "
                    + Require.format(reversalMv) + " mV");
        }
        return target / (EffectiveParameters.FEMTOCOULOMB_IN_PA_PER_HZ * tauMs * drive);
    }
}
