package org.ratenet.spiking.connect;

import org.apache.commons.rng.UniformRandomProvider;
import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;
import org.ratenet.api.model.ConnectionSink;
import org.ratenet.api.model.ConnectivityRule;

/** Every target neuron receives exactly {@code indegree} connections from sources drawn uniformly (NEST {@code fixed_indegree}). */
public record FixedInDegree(int indegree, boolean autapses, boolean multapses) implements ConnectivityRule {

    public static final String NAME = "fixed_indegree";

    public FixedInDegree {
        Require.atLeast("indegree", indegree, 0);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void checkSizes(int sourceSize, int targetSize, boolean samePopulation) {
        int available = samePopulation && !autapses ? sourceSize - 1 : sourceSize;
        if (available == 0 && indegree > 0) {
            throw new InvalidParameterException("indegree", indegree, "0: no source neuron can be drawn");
        }
        if (!multapses && indegree > available) {
            throw new InvalidParameterException("indegree", indegree, "<= " + available
                    + " (the available sources) when multapses are not allowed");
        }
    }

    @Override
    public double expectedInDegree(int sourceSize, int targetSize, boolean samePopulation) {
        return indegree;
    }

    @Override
    public void connect(int sourceSize, int targetSize, boolean samePopulation, UniformRandomProvider random,
                        ConnectionSink sink) {
        checkSizes(sourceSize, targetSize, samePopulation);
        boolean excludeSelf = samePopulation && !autapses;
        if (multapses) {
            for (int t = 0; t < targetSize; t++) {
                for (int i = 0; i < indegree; ) {
                    int s = random.nextInt(sourceSize);
                    if (!(excludeSelf && s == t)) {
                        sink.connect(s, t);
                        i++;
                    }
                }
            }
            return;
        }
        DistinctSampler sampler = new DistinctSampler(sourceSize);
        int[] drawn = new int[indegree];
        for (int t = 0; t < targetSize; t++) {
            sampler.sample(random, indegree, excludeSelf ? t : -1, drawn);
            for (int s : drawn) {
                sink.connect(s, t);
            }
        }
    }
}
