package org.ratenet.spiking.connect;

import org.apache.commons.rng.UniformRandomProvider;
import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;
import org.ratenet.api.model.ConnectionSink;
import org.ratenet.api.model.ConnectivityRule;

/** Every source neuron makes exactly {@code outdegree} connections to targets drawn uniformly (NEST {@code fixed_outdegree}). */
public record FixedOutDegree(int outdegree, boolean autapses, boolean multapses) implements ConnectivityRule {

    public static final String NAME = "fixed_outdegree";

    public FixedOutDegree {
        Require.atLeast("outdegree", outdegree, 0);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void checkSizes(int sourceSize, int targetSize, boolean samePopulation) {
        int available = samePopulation && !autapses ? targetSize - 1 : targetSize;
        if (available == 0 && outdegree > 0) {
            throw new InvalidParameterException("outdegree", outdegree, "0: no target neuron can be drawn");
        }
        if (!multapses && outdegree > available) {
            throw new InvalidParameterException("outdegree", outdegree, "<= " + available
                    + " (the available targets) when multapses are not allowed");
        }
    }

    @Override
    public double expectedInDegree(int sourceSize, int targetSize, boolean samePopulation) {
        return (double) outdegree * sourceSize / targetSize;
    }

    @Override
    public void connect(int sourceSize, int targetSize, boolean samePopulation, UniformRandomProvider random,
                        ConnectionSink sink) {
        checkSizes(sourceSize, targetSize, samePopulation);
        boolean excludeSelf = samePopulation && !autapses;
        if (multapses) {
            for (int s = 0; s < sourceSize; s++) {
                for (int i = 0; i < outdegree; ) {
                    int t = random.nextInt(targetSize);
                    if (!(excludeSelf && s == t)) {
                        sink.connect(s, t);
                        i++;
                    }
                }
            }
            return;
        }
        DistinctSampler sampler = new DistinctSampler(targetSize);
        int[] drawn = new int[outdegree];
        for (int s = 0; s < sourceSize; s++) {
            sampler.sample(random, outdegree, excludeSelf ? s : -1, drawn);
            for (int t : drawn) {
                sink.connect(s, t);
            }
        }
    }
}
