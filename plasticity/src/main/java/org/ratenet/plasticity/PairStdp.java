package org.ratenet.plasticity;

import java.util.List;

import org.ratenet.api.error.Require;
import org.ratenet.api.model.Interval;
import org.ratenet.api.model.SpikeTimingRule;

/**
 * Pair-based STDP (Bi and Poo 1998; Song, Miller and Abbott 2000; van Rossum, Bi and Turrigiano 2000), with a
 * presynaptic trace of time constant τ₊ and a postsynaptic one of τ₋: at a presynaptic spike
 * w ← w − A₋(w) x_post, at a postsynaptic spike w ← w + A₊(w) x_pre, then w is clipped to [w_min, w_max] (hard
 * bounds). Weight dependence: additive, A±(w) = A±; multiplicative, A₊(w) = A₊ (w_max − w) and A₋(w) = A₋ (w − w_min)
 * (soft bounds). Pairing: all-to-all (traces add 1 per spike) or nearest-spike (traces reset to 1; the symmetric
 * nearest-spike scheme of Morrison et al. 2008). Weights in units of the projection's nominal weight.
 *
 * @param multiplicative weight dependence: multiplicative (soft bounds) rather than additive
 * @param nearestSpike pairing: nearest-spike rather than all-to-all
 */
public record PairStdp(double aPlus, double aMinus, double tauPlusMs, double tauMinusMs, double wMin, double wMax,
                       boolean multiplicative, boolean nearestSpike) implements SpikeTimingRule {

    public static final String NAME = "stdp";
    public static final List<String> WEIGHT_DEPENDENCES = List.of("additive", "multiplicative");
    public static final List<String> PAIRINGS = List.of("all_to_all", "nearest");

    public PairStdp {
        Require.nonNegative("A_plus", aPlus, "");
        Require.nonNegative("A_minus", aMinus, "");
        Require.positive("tau_plus", tauPlusMs, "ms");
        Require.positive("tau_minus", tauMinusMs, "ms");
        WeightFunctions.checkBounds(wMin, wMax);
    }

    /** With the weight dependence ({@code additive}, {@code multiplicative}) and pairing ({@code all_to_all}, {@code nearest}) by name. */
    public PairStdp(double aPlus, double aMinus, double tauPlusMs, double tauMinusMs, double wMin, double wMax, String weightDependence,
                    String pairing) {
        this(aPlus, aMinus, tauPlusMs, tauMinusMs, wMin, wMax,
                Require.oneOf("weight_dependence", weightDependence, WEIGHT_DEPENDENCES).equals("multiplicative"),
                Require.oneOf("pairing", pairing, PAIRINGS).equals("nearest"));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Acts acts() {
        return Acts.ON_SPIKES;
    }

    private double potentiation(double w) {
        return multiplicative ? aPlus * (wMax - w) : aPlus;
    }

    private double depression(double w) {
        return multiplicative ? aMinus * (w - wMin) : aMinus;
    }

    @Override
    public int preTraceCount() {
        return 1;
    }

    @Override
    public int postTraceCount() {
        return 1;
    }

    @Override
    public double preTraceTauMs(int k) {
        return tauPlusMs;
    }

    @Override
    public double postTraceTauMs(int k) {
        return tauMinusMs;
    }

    @Override
    public double preTraceAfterSpike(int k, double trace) {
        return nearestSpike ? 1 : trace + 1;
    }

    @Override
    public double postTraceAfterSpike(int k, double trace) {
        return nearestSpike ? 1 : trace + 1;
    }

    @Override
    public double onPre(double weight, double pre1, double pre2, double post1, double post2) {
        return clip(weight - depression(weight) * post1);
    }

    /** Potentiation reads only the presynaptic trace. */
    @Override
    public boolean onPostReadsPostTraces() {
        return false;
    }

    @Override
    public double onPost(double weight, double pre1, double pre2, double post1, double post2) {
        return clip(weight + potentiation(weight) * pre1);
    }

    /** Hard bounds, by comparisons (cheaper in the delivery loop than Math.min/max, which also order NaN and −0). */
    private double clip(double w) {
        return w < wMin ? wMin : w > wMax ? wMax : w;
    }

    /**
     * For independent Poisson trains (rates ν in 1/ms) inside the bounds: all-to-all
     * ν_pre ν_post (A₊(w) τ₊ − A₋(w) τ₋); nearest-spike, where the partner's trace at a spike is e^{−Δ/τ} with Δ
     * exponential of rate ν, ν_post A₊(w) ν_pre τ₊/(1 + ν_pre τ₊) − ν_pre A₋(w) ν_post τ₋/(1 + ν_post τ₋). Per ms.
     */
    @Override
    public double expectedDrift(double preRateHz, double postRateHz, double weight) {
        double pre = preRateHz * 1e-3;
        double post = postRateHz * 1e-3;
        if (nearestSpike) {
            return post * potentiation(weight) * pre * tauPlusMs / (1 + pre * tauPlusMs)
                    - pre * depression(weight) * post * tauMinusMs / (1 + post * tauMinusMs);
        }
        return pre * post * (potentiation(weight) * tauPlusMs - depression(weight) * tauMinusMs);
    }

    @Override
    public Interval weightBounds() {
        return Interval.closed(wMin, wMax);
    }
}
