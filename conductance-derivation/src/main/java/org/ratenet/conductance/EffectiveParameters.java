package org.ratenet.conductance;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ratenet.api.units.Dimension;
import org.ratenet.api.units.Quantity;
import org.ratenet.api.units.Unit;

/**
 * The identifications of Kleinfeld's lecture 11 that turn conductances into rate-network parameters.
 * The plain {@code double} methods are the kernels; the {@code explain} twins return the same number
 * with its equation and inputs.
 */
public final class EffectiveParameters {

    /** nS·ms·mV = fC = 10⁻³ pA/Hz. */
    static final double FEMTOCOULOMB_IN_PA_PER_HZ = 1e-3;

    private EffectiveParameters() {
    }

    /**
     * The effective driving force V_rev − v_θ − V_leak of 11.29–11.30 (mV), computed as
     * V_rev − (V_leak + v_θ) so that it is exactly 0 at V_rev = V_leak + v_θ.
     */
    public static double drivingForce(CellParameters post, double reversalMv) {
        return reversalMv - (post.leakReversalMv() + post.thresholdSlopeMv());
    }

    /** W_ij = G_syn τ_syn (V_syn − v_θ − V_leak) (11.29), in pA/Hz. */
    public static double synapticWeight(CellParameters post, SynapseParameters s) {
        return FEMTOCOULOMB_IN_PA_PER_HZ * s.conductanceNs() * s.timeConstantMs() * drivingForce(post, s.reversalMv());
    }

    /** W_ext = G_ext τ_ext (V_ext − V_leak − v_θ) (11.30), in pA/Hz. */
    public static double externalWeight(CellParameters post, ExternalInput e) {
        return FEMTOCOULOMB_IN_PA_PER_HZ * e.conductanceNs() * e.timeConstantMs() * drivingForce(post, e.reversalMv());
    }

    /** θ = I_θ° + g_L° v_θ (11.31), in pA (nS·mV = pA). */
    public static double threshold(CellParameters cell) {
        return cell.restingThresholdPa() + cell.restingLeakNs() * cell.thresholdSlopeMv();
    }

    /** The mean conductance G τ r of one input at rate r (11.14, 11.20), in nS. */
    public static double meanConductanceNs(double conductanceNs, double timeConstantMs, double rateHz) {
        return conductanceNs * timeConstantMs * rateHz * 1e-3;
    }

    public static Derived explainSynapticWeight(String name, CellParameters post, SynapseParameters s) {
        Map<String, Quantity> in = new LinkedHashMap<>();
        in.put("G_syn", Quantity.of(s.conductanceNs(), Unit.NS));
        in.put("tau_syn", Quantity.of(s.timeConstantMs(), Unit.MS));
        in.put("V_syn", Quantity.of(s.reversalMv(), Unit.MV));
        in.put("v_theta", Quantity.of(post.thresholdSlopeMv(), Unit.MV));
        in.put("V_leak", Quantity.of(post.leakReversalMv(), Unit.MV));
        return new Derived(name, "G_syn tau_syn (V_syn - v_theta - V_leak) (11.29)", in,
                new Quantity(synapticWeight(post, s), Dimension.CHARGE));
    }

    public static Derived explainExternalWeight(String name, CellParameters post, ExternalInput e) {
        Map<String, Quantity> in = new LinkedHashMap<>();
        in.put("G_ext", Quantity.of(e.conductanceNs(), Unit.NS));
        in.put("tau_ext", Quantity.of(e.timeConstantMs(), Unit.MS));
        in.put("V_ext", Quantity.of(e.reversalMv(), Unit.MV));
        in.put("V_leak", Quantity.of(post.leakReversalMv(), Unit.MV));
        in.put("v_theta", Quantity.of(post.thresholdSlopeMv(), Unit.MV));
        return new Derived(name, "G_ext tau_ext (V_ext - V_leak - v_theta) (11.30)", in,
                new Quantity(externalWeight(post, e), Dimension.CHARGE));
    }

    public static Derived explainThreshold(String name, CellParameters cell) {
        Map<String, Quantity> in = new LinkedHashMap<>();
        in.put("I_theta", Quantity.of(cell.restingThresholdPa(), Unit.PA));
        in.put("g_L", Quantity.of(cell.restingLeakNs(), Unit.NS));
        in.put("v_theta", Quantity.of(cell.thresholdSlopeMv(), Unit.MV));
        return new Derived(name, "I_theta + g_L v_theta (11.31)", in, Quantity.of(threshold(cell), Unit.PA));
    }

    public static Derived explainTimeConstant(String name, CellParameters cell) {
        Map<String, Quantity> in = new LinkedHashMap<>();
        in.put("C_m", Quantity.of(cell.capacitancePf(), Unit.PF));
        in.put("g_L", Quantity.of(cell.restingLeakNs(), Unit.NS));
        return new Derived(name, "C_m / g_L (membrane time constant used in 11.32)", in,
                Quantity.of(cell.membraneTimeConstantMs(), Unit.MS));
    }
}
