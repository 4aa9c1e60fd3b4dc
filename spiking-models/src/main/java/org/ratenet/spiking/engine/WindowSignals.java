package org.ratenet.spiking.engine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.locks.LockSupport;

/**
 * How the engine's threads tell each other that a window's spikes are ready: per block, the number of the last window
 * whose spikes it has written, in a cache line written only by its block, so that one window costs each thread one
 * transfer of a cache line from every other one (a barrier costs two per thread, and a shared counter more). A window
 * with few spikes (a short window of a small block, as with one-step delays) travels in the same line as its number
 * ({@link WindowSpikes#compactLength}), so that the reader has it with the signal instead of fetching the writer's list
 * from the other processor afterwards (a line fetched after the signal cost COBA on 2 threads 0.36 µs a step; carrying
 * the spikes made its steps 2-7 % faster, benchmarks/README.md, tenth round). Each block has two such lines, for even
 * and odd windows: a block can be one window ahead of a reader, and then writes the other line. The lines are 64-byte
 * aligned, in direct memory, a block's two in 128 bytes of its own (past the adjacent-line prefetcher). A thread that
 * waits polls as {@link Backoff} says, then sleeps in short parks, so nothing needs to wake it. Window numbers wrap
 * around; they are compared by their difference.
 */
final class WindowSignals {

    private static final VarHandle INT = MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.nativeOrder());
    private static final int LINE_BYTES = 64;
    private static final int BLOCK_BYTES = 2 * LINE_BYTES;
    /** In a line: the window number, then the length of the spike list it carries (-1: none), then the list. */
    private static final int LENGTH_AT = 4;
    private static final int LIST_AT = 8;
    /** The most ints of a spike list's compact form that a line carries. */
    static final int CARRIED_INTS = (LINE_BYTES - LIST_AT) / Integer.BYTES;
    private static final long PARK_NANOS = 10_000;

    private final int blocks;
    private final ByteBuffer lines;
    private volatile boolean aborted;

    WindowSignals(int blocks) {
        this.blocks = blocks;
        this.lines = ByteBuffer.allocateDirect((blocks + 1) * BLOCK_BYTES).alignedSlice(BLOCK_BYTES).order(ByteOrder.nativeOrder());
    }

    /** Where the line of block b's window {@code window} begins. */
    private static int line(int block, int window) {
        return block * BLOCK_BYTES + (window & 1) * LINE_BYTES;
    }

    /**
     * Block b has written {@code spikes}, the spikes of window {@code window}: a release, so that whoever sees the number
     * sees the list and everything the block wrote before. The list goes with the number if it fits in the line.
     */
    void publish(int block, int window, WindowSpikes spikes) {
        int at = line(block, window);
        int length = spikes.compactLength();
        if (length <= CARRIED_INTS) {
            for (int k = 0; k < length; k++) {
                INT.set(lines, at + LIST_AT + k * Integer.BYTES, spikes.compactInt(k));
            }
        } else {
            length = -1;
        }
        INT.set(lines, at + LENGTH_AT, length);
        INT.setRelease(lines, at, window);
    }

    /**
     * Waits until every block but {@code self} has published window {@code window} or a later one; false if a block
     * failed meanwhile ({@link #abort}), so that the run stops instead of waiting for ever. Then {@code received[b]} is
     * block b's spike list of that window: {@code carried[b]} filled from the signal's line if the list came with it,
     * else {@code written[b]}, the list the block wrote (for b = self, always that). {@code wait}, {@code carried} and
     * {@code scratch} (at least {@link #CARRIED_INTS} long) are the calling thread's own, made by that thread, so that what
     * it writes shares no cache line with another's.
     */
    boolean await(int self, int window, Backoff wait, WindowSpikes[] written, WindowSpikes[] carried, int[] scratch,
                  WindowSpikes[] received) {
        for (int b = 0; b < blocks; b++) {
            if (b == self) {
                received[b] = written[b];
                continue;
            }
            int at = line(b, window);
            wait.begin();
            while ((int) INT.getAcquire(lines, at) - window < 0) {
                if (aborted) {
                    return false;
                }
                if (!wait.pause()) {
                    LockSupport.parkNanos(this, PARK_NANOS);
                }
            }
            int length = (int) INT.get(lines, at + LENGTH_AT);
            if (length < 0) {
                received[b] = written[b];
            } else {
                for (int k = 0; k < length; k++) {
                    scratch[k] = (int) INT.get(lines, at + LIST_AT + k * Integer.BYTES);
                }
                carried[b].loadCompact(scratch, length);
                received[b] = carried[b];
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
