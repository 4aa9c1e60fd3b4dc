package org.ratenet.spiking.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

import org.ratenet.api.random.SeedSequence;

/**
 * One independent XoRoShiRo128++ stream per neuron (Blackman and Vigna 2018), the generator of commons-rng's
 * {@code RandomSource.XO_RO_SHI_RO_128_PP}, stored as two arrays of state words instead of one object per neuron:
 * the same numbers as {@code RandomSource.XO_RO_SHI_RO_128_PP.create(SeedSequence.of(seed, kind, neuron))}
 * (checked by a test), at a fraction of the memory traffic.
 */
final class NeuronStreams {

    private final long[] state0;
    private final long[] state1;

    /** Streams for neurons [offset, offset + size) of the network, named (seed, kind, global neuron index). */
    NeuronStreams(long seed, long kind, int offset, int size) {
        this(seed, kind, offset, size, 0);
    }

    /**
     * Streams named (seed, kind, global neuron index) for {@code index} 0, and (seed, kind, global neuron index, index)
     * for the further streams of a neuron (e.g. its second Poisson drive).
     */
    NeuronStreams(long seed, long kind, int offset, int size, int index) {
        state0 = new long[size];
        state1 = new long[size];
        for (int i = 0; i < size; i++) {
            long[] s = index == 0 ? SeedSequence.of(seed, kind, offset + i) : SeedSequence.of(seed, kind, offset + i, index);
            state0[i] = s[0];
            state1[i] = s[1];
        }
    }

    /** Streams for {@code size} neurons whose state is copied in before use ({@link #copyTo}). */
    NeuronStreams(int size) {
        state0 = new long[size];
        state1 = new long[size];
    }

    /** Copies the state of streams [from, from + length) into streams [to, to + length) of {@code target}. */
    void copyTo(int from, NeuronStreams target, int to, int length) {
        System.arraycopy(state0, from, target.state0, to, length);
        System.arraycopy(state1, from, target.state1, to, length);
    }

    void write(DataOutputStream out) throws IOException {
        for (int i = 0; i < state0.length; i++) {
            out.writeLong(state0[i]);
            out.writeLong(state1[i]);
        }
    }

    void read(DataInputStream in) throws IOException {
        for (int i = 0; i < state0.length; i++) {
            state0[i] = in.readLong();
            state1[i] = in.readLong();
        }
    }

    /** The next 64 random bits of stream i. */
    long nextLong(int i) {
        long s0 = state0[i];
        long s1 = state1[i];
        long result = Long.rotateLeft(s0 + s1, 17) + s0;
        s1 ^= s0;
        state0[i] = Long.rotateLeft(s0, 49) ^ s1 ^ (s1 << 21);
        state1[i] = Long.rotateLeft(s1, 28);
        return result;
    }
}
