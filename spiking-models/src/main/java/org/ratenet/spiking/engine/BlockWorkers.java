package org.ratenet.spiking.engine;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs one task per block of neurons on {@code threads} threads and waits for all of them: the calling thread runs
 * block 0, one daemon worker per further block runs the others. The engine calls this twice per communication window
 * (hundreds of times per second of biological time), so hand-off and completion are signalled through volatile
 * counters that the waiting threads poll (with {@link Thread#onSpinWait}) before they park: a pool's futures and
 * wake-ups cost tens of microseconds each on a virtual machine. Once every block has finished, the exception of the
 * lowest failing block is rethrown to the caller, so that which error is reported does not depend on timing.
 */
final class BlockWorkers implements AutoCloseable {

    /** A task over block t. */
    @FunctionalInterface
    interface BlockTask {
        void run(int block);
    }

    private static final int SPINS = 1 << 14;

    private final Thread[] workers;
    private final AtomicInteger pending = new AtomicInteger();
    private volatile int generation;
    private volatile BlockTask task;
    /** Per block, what it threw in the current run (written by its thread before it signals completion). */
    private final Throwable[] failures;
    private volatile boolean closed;
    private volatile Thread caller;

    BlockWorkers(int threads) {
        this.workers = new Thread[threads - 1];
        this.failures = new Throwable[threads];
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
        task = work;
        caller = Thread.currentThread();
        Arrays.fill(failures, null);
        pending.set(workers.length);
        generation++;
        for (Thread worker : workers) {
            LockSupport.unpark(worker);
        }
        try {
            work.run(0);
        } catch (RuntimeException | Error e) {
            failures[0] = e;
        }
        for (int spins = 0; pending.get() > 0; spins++) {
            if (spins < SPINS) {
                Thread.onSpinWait();
            } else {
                LockSupport.parkNanos(this, 10_000);
            }
        }
        for (Throwable f : failures) {
            if (f instanceof RuntimeException re) {
                throw re;
            }
            if (f instanceof Error e) {
                throw e;
            }
        }
    }

    private void work(int block) {
        int seen = 0;
        while (true) {
            for (int spins = 0; generation == seen && !closed; spins++) {
                if (spins < SPINS) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
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
                if (pending.decrementAndGet() == 0) {
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
