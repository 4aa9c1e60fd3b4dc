package org.ratenet.spiking.connect;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.MarsagliaTsangWangDiscreteSampler;
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
        FixedDegree.checkSizes("outdegree", outdegree, targetSize, samePopulation && !autapses, multapses);
    }

    @Override
    public double expectedInDegree(int sourceSize, int targetSize, boolean samePopulation) {
        return (double) outdegree * sourceSize / targetSize;
    }

    /** Binomial(sources × outdegree, 1/targets): each of the source's connections lands here with probability 1/N. */
    @Override
    public int sampleInDegree(int sourceSize, int targetSize, boolean samePopulation, UniformRandomProvider random) {
        return targetSize == 1 ? sourceSize * outdegree
                : MarsagliaTsangWangDiscreteSampler.Binomial.of(random, sourceSize * outdegree, 1.0 / targetSize).sample();
    }

    @Override
    public boolean fixedInDegree() {
        return outdegree == 0;
    }

    @Override
    public void connect(int sourceSize, int targetSize, boolean samePopulation, UniformRandomProvider random,
                        ConnectionSink sink) {
        checkSizes(sourceSize, targetSize, samePopulation);
        FixedDegree.draw(outdegree, sourceSize, targetSize, samePopulation && !autapses, multapses, random, sink::connect);
    }
}
