package org.ratenet.plasticity;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;
import org.ratenet.api.model.Interval;
import org.ratenet.api.model.SpikeTimingRule;

/**
 * The trace rule (Vegué, Allard and Desrosiers 2025): every neuron keeps a {@link SpikeTrace} of degradation rate r_p,
 * and the weight of synapse j → i (in units of the projection's nominal weight) follows W(r_p x_i, r_p x_j): set to it
 * at every step ({@code relaxationMs} 0) or relaxed towards it, τ_w dw/dt = W(r_p x_i, r_p x_j) − w. For large
 * α = ν/r_p the traces are close to the rates and the equilibrium weight is W(ν_i, ν_j) (the paper's exact large-α
 * limit); for small α the trace noise (CV 1/√(2α)) biases and spreads the weights.
 * In the spiking engine a synapse is updated at each presynaptic spike, where it is transmitted: to W of the traces
 * then (instantaneous), or, with τ_w > 0, to W + (w − W) e^{−Δ/τ_w}, Δ the time since the presynaptic neuron's previous
 * spike (its second trace, reset to 1 at each spike, holds e^{−Δ/τ_w}), i.e. exact relaxation towards the W of the
 * update time. Traces start at 0.
 *
 * @param trace the spike trace (r_p)
 * @param function W
 * @param relaxationMs τ_w (ms), 0 for instantaneous
 */
public record TraceRule(SpikeTrace trace, WeightFunction function, double relaxationMs) implements SpikeTimingRule {

    public static final String NAME = "trace";

    public TraceRule {
        Require.nonNull("r_p", trace);
        Require.nonNull("weight_function", function);
        Require.nonNegative("tau_w", relaxationMs, "ms");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Acts acts() {
        return Acts.ON_SPIKES;
    }

    /** W(ν_post, ν_pre), checked to be finite: the large-α equilibrium weight. */
    public double equilibriumWeight(double preRateHz, double postRateHz) {
        double w = function.factor(postRateHz, preRateHz);
        if (!Double.isFinite(w)) {
            throw new InvalidParameterException("weight_function", w, "a finite weight (it gave " + w + " for post " + postRateHz
                    + " Hz, pre " + preRateHz + " Hz)");
        }
        return w;
    }

    /**
     * (W(ν_post, ν_pre) − w)/τ_w per ms in the large-α limit; for an instantaneous rule (τ_w = 0) ±∞ towards W, or 0 at
     * W.
     */
    @Override
    public double expectedDrift(double preRateHz, double postRateHz, double weight) {
        double gap = equilibriumWeight(preRateHz, postRateHz) - weight;
        if (relaxationMs == 0) {
            return gap == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, gap);
        }
        return gap / relaxationMs;
    }

    @Override
    public Interval weightBounds() {
        return function.bounds();
    }

    /** Presynaptic traces: x (τ = 1/r_p) and, with relaxation, e^{−Δ/τ_w}. */
    @Override
    public int preTraceCount() {
        return relaxationMs > 0 ? 2 : 1;
    }

    @Override
    public int postTraceCount() {
        return 1;
    }

    @Override
    public double preTraceTauMs(int k) {
        return k == 0 ? 1e3 / trace.degradationRateHz() : relaxationMs;
    }

    @Override
    public double postTraceTauMs(int k) {
        return 1e3 / trace.degradationRateHz();
    }

    @Override
    public double preTraceAfterSpike(int k, double x) {
        return k == 0 ? x + 1 : 1;
    }

    @Override
    public double postTraceAfterSpike(int k, double x) {
        return x + 1;
    }

    /** W of the rate estimates r_p x, or the relaxation towards it (see the class comment). */
    @Override
    public double onPre(double weight, double xPre, double sinceLastPre, double xPost, double unused) {
        double target = equilibriumWeight(trace.rateEstimate(xPre), trace.rateEstimate(xPost));
        return relaxationMs > 0 ? target + (weight - target) * sinceLastPre : target;
    }

    @Override
    public double onPost(double weight, double pre1, double pre2, double post1, double post2) {
        return weight;
    }

    @Override
    public boolean updatesOnPost() {
        return false;
    }
}
