package org.ratenet.spiking.connect;

import org.apache.commons.rng.UniformRandomProvider;
import org.ratenet.api.model.ConnectionSink;
import org.ratenet.api.model.ConnectivityRule;

/** Every source connects to every target (NEST {@code all_to_all}); no randomness. */
public record AllToAll(boolean autapses) implements ConnectivityRule {

    public static final String NAME = "all_to_all";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void checkSizes(int sourceSize, int targetSize, boolean samePopulation) {
        // any sizes work
    }

    @Override
    public double expectedInDegree(int sourceSize, int targetSize, boolean samePopulation) {
        return samePopulation && !autapses ? sourceSize - 1 : sourceSize;
    }

    @Override
    public void connect(int sourceSize, int targetSize, boolean samePopulation, UniformRandomProvider random,
                        ConnectionSink sink) {
        boolean excludeSelf = samePopulation && !autapses;
        for (int t = 0; t < targetSize; t++) {
            for (int s = 0; s < sourceSize; s++) {
                if (!(excludeSelf && s == t)) {
                    sink.connect(s, t);
                }
            }
        }
    }
}
