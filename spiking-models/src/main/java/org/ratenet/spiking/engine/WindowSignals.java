package org.ratenet.spiking.engine;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;

/**
 * How the engine's threads tell each other that a window's spikes are ready: per block, the number of the last window
 * whose spikes it has written, each in a cache line of its own and written only by its block, so that one window costs
 * each thread one transfer of a cache line from every other one (a barrier costs two per thread, and a shared counter
 * more). A thread that waits polls as {@link Backoff} says, then sleeps in short parks, so nothing needs to wake it.
 * Window numbers wrap around; they are compared by their difference.
 */
final class WindowSignals {

    /** Ints between two blocks' counters: 128 bytes, two cache lines, past the adjacent-line prefetcher. */
    private static final int STRIDE = 32;
    private static final long PARK_NANOS = 10_000;

    private final int blocks;
    private final AtomicIntegerArray published;
    private volatile boolean aborted;

    WindowSignals(int blocks) {
        this.blocks = blocks;
        this.published = new AtomicIntegerArray((blocks + 1) * STRIDE);
    }

    /** Block b has written the spikes of window {@code window} (a release: its writes before are seen by whoever sees this). */
    void publish(int block, int window) {
        published.setRelease((block + 1) * STRIDE, window);
    }

    /**
     * Waits until every block but {@code self} has published window {@code window} or a later one; false if a block
     * failed meanwhile ({@link #abort}), so that the run stops instead of waiting for ever. {@code wait} is the calling
     * thread's own (made by that thread, so that what it writes while it waits shares no cache line with another's).
     */
    boolean await(int self, int window, Backoff wait) {
        for (int b = 0; b < blocks; b++) {
            if (b == self) {
                continue;
            }
            int at = (b + 1) * STRIDE;
            wait.begin();
            while (published.getAcquire(at) - window < 0) {
                if (aborted) {
                    return false;
                }
                if (!wait.pause()) {
                    LockSupport.parkNanos(this, PARK_NANOS);
                }
            }
        }
        return true;
    }

    /** A block failed: the others stop at their next wait. */
    void abort() {
        aborted = true;
    }

    /** Clears a failure, for the next run. */
    void reset() {
        aborted = false;
    }
}
