package org.ratenet.spiking.connect;

import org.apache.commons.rng.UniformRandomProvider;
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
        FixedDegree.checkSizes("indegree", indegree, sourceSize, samePopulation && !autapses, multapses);
    }

    @Override
    public double expectedInDegree(int sourceSize, int targetSize, boolean samePopulation) {
        return indegree;
    }

    @Override
    public void connect(int sourceSize, int targetSize, boolean samePopulation, UniformRandomProvider random,
                        ConnectionSink sink) {
        checkSizes(sourceSize, targetSize, samePopulation);
        FixedDegree.draw(indegree, targetSize, sourceSize, samePopulation && !autapses, multapses, random, (t, s) -> sink.connect(s, t));
    }
}
