package org.ratenet.api.dynamics;

import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.ratenet.api.error.DivergenceException;
import org.ratenet.api.error.Require;

/**
 * What a model needs to know of the network it runs in, when it creates a population's dynamics.
 *
 * @param name the population's name
 * @param size its number of neurons
 * @param dtMs the time step (ms)
 * @param channels the engine's input channels, channel 0 first (see {@link InputChannel})
 * @param constantCurrentPa the constant current of the population's current drives (pA), 0 without one
 * @param initialState a random stream owned by the population, for its initial state only (seeded from the
 *                     experiment's seed and the population's index)
 */
public record PopulationContext(String name, int size, double dtMs, List<InputChannel> channels, double constantCurrentPa,
                                UniformRandomProvider initialState) {

    public PopulationContext {
        Require.name("population", name);
        Require.atLeast("size", size, 1);
        Require.positive("dt", dtMs, "ms");
        channels = List.copyOf(channels);
        Require.finite("current", constantCurrentPa, "pA");
        Require.nonNull("initial state stream", initialState);
    }

    /** The number of input channels. */
    public int channelCount() {
        return channels.size();
    }

    /** The exception that ends a run when local neuron i's state diverges at {@code step}. */
    public DivergenceException diverged(long step, int i, String detail) {
        return new DivergenceException(step * dtMs, name, i, detail);
    }
}
