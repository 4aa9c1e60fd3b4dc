package org.ratenet.spiking.engine;

/**
 * The engine's input buffers: per block of neurons, one ring of {@code slots} steps laid out as [slot][channel][neuron of
 * the block]. With more than one block each ring has {@link #PAD} unused entries at both ends. Blocks updated on
 * different threads then share no cache line, and neither do the lines that a core's prefetcher pulls in past the end
 * of a block. Such a shared line has to go back and forth between the cores every step. With one ring of
 * [slot][channel][neuron] for all blocks, every end of a block's part of a channel was such a place. In a standalone
 * test, two threads that sweep disjoint halves of shared arrays took 1.6 times as long per step as with arrays of their
 * own ({@code benchmarks/README.md}).
 * <p>
 * Entries are addressed by global neuron index: {@link #base} gives where global neuron 0 would sit, which may lie
 * outside the ring, and adding a neuron of the block gives its entry.
 */
final class InputRings {

    /** Unused entries at each end of a ring when there is more than one block: 1 KiB, sixteen cache lines. */
    static final int PAD = 128;

    private final double[][] rings;
    private final int[] blockStart;
    private final int slots;
    private final int channels;
    private final int pad;

    /** Rings for the blocks [blockStart[t], blockStart[t + 1]) of neurons, each of {@code slots} slots of {@code channels} channels. */
    InputRings(int[] blockStart, int slots, int channels) {
        int blocks = blockStart.length - 1;
        this.blockStart = blockStart;
        this.slots = slots;
        this.channels = channels;
        this.pad = blocks > 1 ? PAD : 0;
        this.rings = new double[blocks][];
        for (int t = 0; t < blocks; t++) {
            rings[t] = new double[Math.addExact(2 * pad, Math.multiplyExact(slots * channels, blockStart[t + 1] - blockStart[t]))];
        }
    }

    /** Block t's ring. */
    double[] ring(int t) {
        return rings[t];
    }

    /** Entries per slot of block t's ring: one per channel and neuron of the block. */
    int slotSize(int t) {
        return channels * length(t);
    }

    /** Entries per channel of a slot of block t's ring: one per neuron of the block. */
    int length(int t) {
        return blockStart[t + 1] - blockStart[t];
    }

    /** Where global neuron 0's entry on {@code channel} in {@code slot} would be in block t's ring (neurons of the block are added to it). */
    int base(int t, int slot, int channel) {
        return channelBase(t, channel) + slot * slotSize(t);
    }

    /** {@link #base} for slot 0: the slot's offset is added per synapse when synapses have delays of their own. */
    int channelBase(int t, int channel) {
        return pad + channel * length(t) - blockStart[t];
    }

    /** The entry of global neuron g on {@code channel} in {@code slot}. */
    double get(int slot, int channel, int g) {
        int t = blockOf(g);
        return rings[t][base(t, slot, channel) + g];
    }

    void set(int slot, int channel, int g, double value) {
        int t = blockOf(g);
        rings[t][base(t, slot, channel) + g] = value;
    }

    int slots() {
        return slots;
    }

    int channels() {
        return channels;
    }

    private int blockOf(int g) {
        int t = 0;
        while (g >= blockStart[t + 1]) {
            t++;
        }
        return t;
    }
}
