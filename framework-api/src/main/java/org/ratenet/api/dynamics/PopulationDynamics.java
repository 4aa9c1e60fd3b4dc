package org.ratenet.api.dynamics;


/**
 * The state of one population in the spiking engine and its update rule: structure of arrays, one entry per neuron.
 * The engine calls {@link #update} for disjoint ranges of neurons from several threads at once, so an update must only
 * touch the state of neurons in its range, and must draw any random number from a stream owned by the neuron (for
 * results that do not depend on the thread count). It must allocate nothing per step.
 */
public interface PopulationDynamics {

    /**
     * Advances local neurons [from, to) from step {@code step} to {@code step + 1}, with the input arriving in this step,
     * and reports each neuron that fires to {@code spikes}. A NaN or runaway state must end the run with a
     * {@link org.ratenet.api.error.DivergenceException} naming the time, the population and the neuron.
     */
    void update(int from, int to, long step, SynapticInput input, SpikeSink spikes);

    /**
     * The population's declared state (see {@link PopulationState}): the engine checkpoints every array of it and
     * records its variables by name, so a model writes no state I/O of its own. A model with a membrane potential
     * declares it as {@code V_m} (mV).
     */
    PopulationState state();

    /**
     * Whether {@link #update} draws the population's Poisson drives itself, from {@link SynapticInput#drives()}, e.g.
     * inside its own loop over neurons (as a single-purpose loop would); the engine then leaves the drives out of the
     * input buffer. Such a model must draw every active drive once per neuron and step, refractory neurons included.
     * Default: false, the engine adds the drives into the buffer before the update.
     */
    default boolean drawsDrive() {
        return false;
    }

    /**
     * Whether {@link #update} leaves the input slots of its neurons at zero on every channel
     * ({@code buffer()[offset(c) + i] = 0} once read), so that the engine need not clear them in a pass of its own.
     * Default: false.
     */
    default boolean clearsInput() {
        return false;
    }

    /**
     * Whether everything per neuron that {@link #update} carries from one step to the next is declared in {@link #state()}
     * (other arrays are workspace that an update writes before it reads), and every other field is the same for a
     * population of any size made with the same parameters. The engine may then give each thread an instance of its own
     * for the thread's part of the population, made by the model for a context of the part's size, with the part's
     * neurons' declared state copied in, so that no two threads write into the same arrays. Default: false (the threads
     * share one instance, each updating its own range).
     */
    default boolean declaresAllState() {
        return false;
    }
}
