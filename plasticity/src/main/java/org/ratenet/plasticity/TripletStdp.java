package org.ratenet.plasticity;

import org.ratenet.api.error.Require;
import org.ratenet.api.model.Interval;
import org.ratenet.api.model.SpikeTimingRule;

/**
 * Triplet STDP (Pfister and Gerstner 2006, all-to-all): presynaptic traces r₁ (τ₊) and r₂ (τ_x), postsynaptic o₁ (τ₋)
 * and o₂ (τ_y). At a presynaptic spike w ← w − o₁ (A₂⁻ + A₃⁻ r₂), at a postsynaptic spike w ← w + r₁ (A₂⁺ + A₃⁺ o₂),
 * each with the traces before that spike's own increments, then clipped to [w_min, w_max]. Its rate limit for
 * independent Poisson trains (eq. 4 of the paper) is BCM-like: dw/dt = ν_pre ν_post (A₂⁺τ₊ − A₂⁻τ₋)
 * + A₃⁺ τ₊ τ_y ν_pre ν_post² − A₃⁻ τ₋ τ_x ν_pre² ν_post, whose sign changes with ν_post at
 * θ = (A₂⁻τ₋ − A₂⁺τ₊ + A₃⁻ τ₋ τ_x ν_pre) / (A₃⁺ τ₊ τ_y). Weights in units of the nominal weight.
 */
public record TripletStdp(double a2Plus, double a3Plus, double a2Minus, double a3Minus, double tauPlusMs, double tauMinusMs,
                          double tauXMs, double tauYMs, double wMin, double wMax) implements SpikeTimingRule {

    public static final String NAME = "stdp_triplet";

    public TripletStdp {
        Require.nonNegative("A2_plus", a2Plus, "");
        Require.nonNegative("A3_plus", a3Plus, "");
        Require.nonNegative("A2_minus", a2Minus, "");
        Require.nonNegative("A3_minus", a3Minus, "");
        Require.positive("tau_plus", tauPlusMs, "ms");
        Require.positive("tau_minus", tauMinusMs, "ms");
        Require.positive("tau_x", tauXMs, "ms");
        Require.positive("tau_y", tauYMs, "ms");
        WeightFunctions.checkBounds(wMin, wMax);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Acts acts() {
        return Acts.ON_SPIKES;
    }

    @Override
    public int preTraceCount() {
        return 2;
    }

    @Override
    public int postTraceCount() {
        return 2;
    }

    /** Presynaptic traces r₁ (τ₊), r₂ (τ_x). */
    @Override
    public double preTraceTauMs(int k) {
        return k == 0 ? tauPlusMs : tauXMs;
    }

    /** Postsynaptic traces o₁ (τ₋), o₂ (τ_y). */
    @Override
    public double postTraceTauMs(int k) {
        return k == 0 ? tauMinusMs : tauYMs;
    }

    @Override
    public double preTraceAfterSpike(int k, double trace) {
        return trace + 1;
    }

    @Override
    public double postTraceAfterSpike(int k, double trace) {
        return trace + 1;
    }

    @Override
    public double onPre(double weight, double r1, double r2, double o1, double o2) {
        return clip(weight - o1 * (a2Minus + a3Minus * r2));
    }

    @Override
    public double onPost(double weight, double r1, double r2, double o1, double o2) {
        return clip(weight + r1 * (a2Plus + a3Plus * o2));
    }

    /** Hard bounds, by comparisons (cheaper in the delivery loop than Math.min/max, which also order NaN and −0). */
    private double clip(double w) {
        return w < wMin ? wMin : w > wMax ? wMax : w;
    }

    /** The rate limit of the class Javadoc, per ms, for rates in Hz. */
    @Override
    public double expectedDrift(double preRateHz, double postRateHz, double weight) {
        double pre = preRateHz * 1e-3;
        double post = postRateHz * 1e-3;
        return pre * post * (a2Plus * tauPlusMs - a2Minus * tauMinusMs) + a3Plus * tauPlusMs * tauYMs * pre * post * post
                - a3Minus * tauMinusMs * tauXMs * pre * pre * post;
    }

    /** The postsynaptic rate (Hz) where the drift changes sign for presynaptic rate {@code preRateHz}. */
    public double thresholdRateHz(double preRateHz) {
        double pre = preRateHz * 1e-3;
        return 1e3 * (a2Minus * tauMinusMs - a2Plus * tauPlusMs + a3Minus * tauMinusMs * tauXMs * pre) / (a3Plus * tauPlusMs * tauYMs);
    }

    @Override
    public Interval weightBounds() {
        return Interval.closed(wMin, wMax);
    }
}
