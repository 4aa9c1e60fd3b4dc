package org.ratenet.spiking.engine;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs one task per block of neurons on {@code threads} threads and waits for all of them: the calling thread runs
 * block 0, one daemon worker per further block runs the others. The engine calls this once per run (the blocks then
 * exchange each window's spikes through {@link WindowSignals}); a caller may run a few steps at a time, so hand-off and
 * completion are signalled through volatile counters that the waiting threads poll ({@link Backoff}) before they park:
 * a pool's futures and wake-ups cost tens of microseconds each on a virtual machine. Once every block has finished, the
 * exception of the lowest failing block is rethrown to the caller, so that which error is reported does not depend on
 * timing.
 */
final class BlockWorkers implements AutoCloseable {

    /** A task over block t. */
    @FunctionalInterface
    interface BlockTask {
        void run(int block);
    }

    private final Thread[] workers;
    /**
     * Per worker, whether it may be parked: set before it parks and cleared when it wakes. The caller unparks only the
     * workers that may be parked (a hand-over to a polling worker then costs one volatile write); the flag is written
     * before the worker's last check of {@code generation}, and the caller reads it after its write of
     * {@code generation}, so one of the two sees the other's write and no wake-up is lost.
     */
    private final AtomicIntegerArray parked;
    /** Whether the caller may be parked, likewise for the workers' completion signal. */
    private volatile boolean callerParked;
    private final AtomicInteger pending = new AtomicInteger();
    private volatile int generation;
    private volatile BlockTask task;
    /** Per block, what it threw in the current run (written by its thread before it signals completion). */
    private final Throwable[] failures;
    private volatile boolean closed;
    private volatile Thread caller;
    /** How the caller waits for the workers (made at its first run). */
    private Backoff callerWait;

    BlockWorkers(int threads) {
        this.workers = new Thread[threads - 1];
        this.failures = new Throwable[threads];
        this.parked = new AtomicIntegerArray(threads);
        for (int t = 1; t < threads; t++) {
            int block = t;
            Thread worker = new Thread(() -> work(block), "ratenet-engine-" + t);
            worker.setDaemon(true);
            workers[t - 1] = worker;
            worker.start();
        }
    }

    /** Runs {@code work} for every block and returns when all are done. */
    void run(BlockTask work) {
        if (workers.length == 0) {
            work.run(0);
            return;
        }
        // written only when they change: the workers poll generation, and each write near it costs them a fetch
        if (task != work) {
            task = work;
        }
        Thread current = Thread.currentThread();
        if (caller != current) {
            caller = current;
        }
        pending.set(workers.length);
        generation++;
        for (int w = 0; w < workers.length; w++) {
            if (parked.get(w + 1) != 0) {
                LockSupport.unpark(workers[w]);
            }
        }
        try {
            work.run(0);
        } catch (RuntimeException | Error e) {
            failures[0] = e;
        }
        if (callerWait == null) { // made by the caller, so that its fields share no line with a worker's
            callerWait = new Backoff(workers.length + 1);
        }
        Backoff wait = callerWait;
        wait.begin();
        while (pending.get() > 0) {
            if (!wait.pause()) {
                callerParked = true;
                if (pending.get() > 0) {
                    LockSupport.parkNanos(this, 10_000);
                }
                callerParked = false;
            }
        }
        rethrowFirstFailure();
    }

    /** Rethrows the failure of the lowest block that failed in this run, if any, and forgets them all. */
    private void rethrowFirstFailure() {
        Throwable first = null;
        for (int b = 0; b < failures.length; b++) {
            if (failures[b] != null) {
                first = first == null ? failures[b] : first;
                failures[b] = null;
            }
        }
        if (first instanceof RuntimeException re) {
            throw re;
        }
        if (first instanceof Error e) {
            throw e;
        }
    }

    private void work(int block) {
        int seen = 0;
        Backoff wait = new Backoff(workers.length + 1);
        while (true) {
            wait.begin();
            while (generation == seen && !closed) {
                if (!wait.pause()) {
                    parked.set(block, 1);
                    if (generation == seen && !closed) {
                        LockSupport.park(this);
                    }
                    parked.set(block, 0);
                }
            }
            if (closed) {
                return;
            }
            seen = generation;
            try {
                task.run(block);
            } catch (RuntimeException | Error e) {
                failures[block] = e;
            } finally {
                if (pending.decrementAndGet() == 0 && callerParked) {
                    LockSupport.unpark(caller);
                }
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Thread worker : workers) {
            LockSupport.unpark(worker);
        }
    }
}
