package org.ratenet.api.run;

/**
 * Watches a level as it runs: the build of what it runs and its progress (for a level that runs in time, in steps). A
 * level calls these from the thread that runs it; none changes a result.
 */
public interface RunObserver {

    /** Nothing. */
    RunObserver NONE = new RunObserver() { };

    /** The network is built: {@code synapses} synapses in {@code seconds} of wall time. */
    default void built(long synapses, double seconds) {
    }

    /** {@code done} of {@code total} units of work (steps, for the spiking level) are finished. */
    default void progress(long done, long total) {
    }
}
