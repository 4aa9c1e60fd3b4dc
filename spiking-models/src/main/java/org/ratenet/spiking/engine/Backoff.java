package org.ratenet.spiking.engine;

/**
 * How an engine thread spends a wait for another ({@link BlockWorkers}, {@link WindowSignals}): it polls, pausing with
 * {@link Thread#onSpinWait} for the first {@link #YIELD_NANOS}, then handing its processor on with {@link Thread#yield}
 * at each poll, and asks to park once {@link #PARK_NANOS} have passed. A phase of a network with one-step delays lasts a
 * few microseconds and a wake-up from park costs tens, so short waits are polled; but a thread that keeps polling holds
 * a processor that something else may need, most of all while the JIT compiler still compiles the engine's loops with
 * as many engine threads as processors (a run's first seconds): yielding after {@link #YIELD_NANOS} took the first
 * second of COBA on 2 threads of 2 processors from 0.37 to 0.23 s and 10 s of it from 0.78-0.83 to 0.68-0.69 s, with
 * the same speed in the steady state (benchmarks/README.md, tenth round). Each thread has its own; times are read every
 * 64 polls.
 */
final class Backoff {

    /** How long a waiting thread pauses before it yields at each poll. */
    static final long YIELD_NANOS = 5_000;
    /**
     * How long a waiting thread polls before it parks. A count of polls would mean anything from microseconds to a
     * millisecond depending on the processor's pause instruction, so the thresholds are times.
     */
    static final long PARK_NANOS = 200_000;

    /** More engine threads than processors: yield from the first poll, since the thread waited for needs this processor. */
    private final boolean oversubscribed;
    private int polls;
    private boolean yielding;
    private long yieldAfter;
    private long parkAfter;

    Backoff(int engineThreads) {
        this.oversubscribed = engineThreads > Runtime.getRuntime().availableProcessors();
    }

    /** Starts a new wait. */
    void begin() {
        polls = 0;
    }

    /**
     * One poll's pause; false (instead of a pause) every 64 polls once the wait has lasted {@link #PARK_NANOS}, when the
     * caller should park briefly.
     */
    boolean pause() {
        if ((polls++ & 63) == 0) {
            long now = System.nanoTime();
            if (polls == 1) {
                yielding = oversubscribed;
                yieldAfter = now + YIELD_NANOS;
                parkAfter = now + PARK_NANOS;
            } else if (now > parkAfter) {
                return false;
            } else if (now >= yieldAfter) {
                yielding = true;
            }
        }
        if (yielding) {
            Thread.yield();
        } else {
            Thread.onSpinWait();
        }
        return true;
    }
}
