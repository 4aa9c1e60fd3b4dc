package org.ratenet.api.model;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * How a projection connects a source population to a target population. Rules are seeded through the
 * random stream passed in, which belongs to the projection, so the same seed gives the same connections.
 */
public interface ConnectivityRule {

    /** The registered name, e.g. {@code fixed_indegree}. */
    String name();

    /**
     * Checks that the rule can connect populations of these sizes ({@code samePopulation}: source and
     * target are one population, which matters for autapses); throws {@code InvalidParameterException}
     * naming the parameter that does not fit, e.g. an in-degree larger than the source without multapses.
     */
    void checkSizes(int sourceSize, int targetSize, boolean samePopulation);

    /** The expected number of connections each target neuron receives. */
    double expectedInDegree(int sourceSize, int targetSize, boolean samePopulation);

    /**
     * Draws the in-degree of one target neuron as this rule distributes in-degrees (the heterogeneous mean
     * field samples neurons with it). The default, for rules that give every target the same in-degree,
     * is the expected in-degree rounded.
     */
    default int sampleInDegree(int sourceSize, int targetSize, boolean samePopulation, UniformRandomProvider random) {
        return (int) Math.round(expectedInDegree(sourceSize, targetSize, samePopulation));
    }

    /** Whether every target neuron gets the same in-degree (true for the default {@link #sampleInDegree}). */
    default boolean fixedInDegree() {
        return true;
    }

    /** Draws the connections, passing each (source, target) pair to the sink. */
    void connect(int sourceSize, int targetSize, boolean samePopulation, UniformRandomProvider random,
                 ConnectionSink sink);
}
