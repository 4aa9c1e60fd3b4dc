package org.ratenet.spiking.connect;

import org.apache.commons.rng.UniformRandomProvider;
import org.ratenet.api.error.InvalidParameterException;

/**
 * What fixed in-degree and fixed out-degree share: every "anchor" neuron (a target for in-degree, a
 * source for out-degree) gets exactly {@code degree} partners drawn uniformly from the other side.
 */
final class FixedDegree {

    /** Receives (anchor, partner) pairs. */
    @FunctionalInterface
    interface PairSink {
        void pair(int anchor, int partner);
    }

    private FixedDegree() {
    }

    /** Rejects a degree the partner population cannot supply; names {@code parameter}. */
    static void checkSizes(String parameter, int degree, int partners, boolean excludeSelf, boolean multapses) {
        int available = excludeSelf ? partners - 1 : partners;
        if (available == 0 && degree > 0) {
            throw new InvalidParameterException(parameter, degree, "0: no partner neuron can be drawn");
        }
        if (!multapses && degree > available) {
            throw new InvalidParameterException(parameter, degree, "<= " + available
                    + " (the neurons available) when multapses are not allowed");
        }
    }

    /** Draws {@code degree} partners in [0, partners) for each anchor in [0, anchors). */
    static void draw(int degree, int anchors, int partners, boolean excludeSelf, boolean multapses,
                     UniformRandomProvider random, PairSink sink) {
        if (multapses) {
            for (int a = 0; a < anchors; a++) {
                for (int i = 0; i < degree; ) {
                    int p = random.nextInt(partners);
                    if (!(excludeSelf && p == a)) {
                        sink.pair(a, p);
                        i++;
                    }
                }
            }
            return;
        }
        DistinctSampler sampler = new DistinctSampler(partners);
        int[] drawn = new int[degree];
        for (int a = 0; a < anchors; a++) {
            sampler.sample(random, degree, excludeSelf ? a : -1, drawn);
            for (int p : drawn) {
                sink.pair(a, p);
            }
        }
    }
}
