package org.ratenet.plasticity;

import org.apache.commons.rng.UniformRandomProvider;
import org.ratenet.api.error.Require;
import org.ratenet.api.model.SpikeTimingRule;

/**
 * The weight drift of a {@link SpikeTimingRule} measured on independent Poisson spike trains, by exact event-driven
 * simulation of one synapse: spikes at exponential intervals, traces decayed exactly between events, the rule applied at
 * every spike. It is what the rate limit {@link SpikeTimingRule#expectedDrift} predicts, so the two can be compared
 * (the spike ↔ rate check of the plasticity suites).
 */
public final class SpikeTimingDrift {

    private SpikeTimingDrift() {
    }

    /**
     * (w(T) − w(0)) / T per ms for presynaptic and postsynaptic Poisson trains of the given rates (Hz), starting from
     * {@code weight}, over {@code durationMs}, with all random numbers from {@code random}.
     */
    public static double measure(SpikeTimingRule rule, double preRateHz, double postRateHz, double weight, double durationMs,
                                 UniformRandomProvider random) {
        Require.positive("pre rate", preRateHz, "Hz");
        Require.positive("post rate", postRateHz, "Hz");
        Require.positive("duration", durationMs, "ms");
        double[] preTaus = new double[rule.preTraceCount()];
        double[] postTaus = new double[rule.postTraceCount()];
        for (int k = 0; k < preTaus.length; k++) {
            preTaus[k] = rule.preTraceTauMs(k);
        }
        for (int k = 0; k < postTaus.length; k++) {
            postTaus[k] = rule.postTraceTauMs(k);
        }
        double[] pre = new double[2];
        double[] post = new double[2];
        double nextPre = exponential(random, preRateHz);
        double nextPost = exponential(random, postRateHz);
        double now = 0;
        double w = weight;
        while (true) {
            boolean isPre = nextPre <= nextPost;
            double t = isPre ? nextPre : nextPost;
            if (t > durationMs) {
                break;
            }
            decay(pre, preTaus, t - now);
            decay(post, postTaus, t - now);
            now = t;
            if (isPre) {
                w = rule.onPre(w, pre[0], pre[1], post[0], post[1]);
                for (int k = 0; k < preTaus.length; k++) {
                    pre[k] = rule.preTraceAfterSpike(k, pre[k]);
                }
                nextPre = t + exponential(random, preRateHz);
            } else {
                w = rule.onPost(w, pre[0], pre[1], post[0], post[1]);
                for (int k = 0; k < postTaus.length; k++) {
                    post[k] = rule.postTraceAfterSpike(k, post[k]);
                }
                nextPost = t + exponential(random, postRateHz);
            }
        }
        return (w - weight) / durationMs;
    }

    private static void decay(double[] traces, double[] taus, double elapsedMs) {
        for (int k = 0; k < taus.length; k++) {
            traces[k] *= Math.exp(-elapsedMs / taus[k]);
        }
    }

    /** An exponential interval (ms) of a Poisson process of {@code rateHz}. */
    private static double exponential(UniformRandomProvider random, double rateHz) {
        return -Math.log(1 - random.nextDouble()) * 1e3 / rateHz;
    }
}
