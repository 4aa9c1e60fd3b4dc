package org.ratenet.spiking.engine;

/**
 * Watches a run of the spiking level: the build, progress between chunks of steps (the run is split into at most 200 chunks,
 * which changes no result: the engine continues bit for bit), and the whole spike list at the end.
 */
public interface RunObserver {

    /** Nothing. */
    RunObserver NONE = new RunObserver() { };

    /** The network is built: {@code synapses} synapses in {@code seconds} of wall time. */
    default void built(long synapses, double seconds) {
    }

    /** {@code done} of {@code total} steps are simulated. Called from the thread that runs the level. */
    default void progress(long done, long total) {
    }

    /** The run is over; {@code spikes} is every spike in time order. */
    default void finished(SpikeTrains spikes) {
    }
}
