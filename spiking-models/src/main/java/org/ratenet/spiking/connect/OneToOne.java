package org.ratenet.spiking.connect;

import org.apache.commons.rng.UniformRandomProvider;
import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.model.ConnectionSink;
import org.ratenet.api.model.ConnectivityRule;

/** Source i connects to target i (NEST {@code one_to_one}); the populations must have one size. */
public record OneToOne() implements ConnectivityRule {

    public static final String NAME = "one_to_one";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void checkSizes(int sourceSize, int targetSize, boolean samePopulation) {
        if (sourceSize != targetSize) {
            throw new InvalidParameterException("target size", targetSize, "= source size " + sourceSize + " for one_to_one");
        }
    }

    @Override
    public double expectedInDegree(int sourceSize, int targetSize, boolean samePopulation) {
        return 1;
    }

    @Override
    public void connect(int sourceSize, int targetSize, boolean samePopulation, UniformRandomProvider random,
                        ConnectionSink sink) {
        checkSizes(sourceSize, targetSize, samePopulation);
        for (int i = 0; i < sourceSize; i++) {
            sink.connect(i, i);
        }
    }
}
