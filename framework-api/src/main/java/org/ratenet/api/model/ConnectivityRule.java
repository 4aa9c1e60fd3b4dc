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

    /** Draws the connections, passing each (source, target) pair to the sink. */
    void connect(int sourceSize, int targetSize, boolean samePopulation, UniformRandomProvider random,
                 ConnectionSink sink);
}
