package org.ratenet.spiking.engine;

/**
 * The targets of a projection's synapses in CSR order. A static projection into a population of at most 65,536 neurons
 * keeps them as 16-bit indices within that population ({@link #narrow()}, plus the population's offset): 2 bytes a
 * synapse instead of 4. Delivery streams the rows of every spiking neuron from memory, so half the bytes make it faster
 * (Brunel A: 1.2-1.3 -> 0.9 ns per event). Other projections keep 32-bit global indices ({@link #wide()}); plastic ones
 * always do, since their delivery indexes per-target state with them.
 */
final class Targets {

    /** The most neurons a population may have for 16-bit targets. */
    static final int NARROW_LIMIT = 1 << Character.SIZE;

    private final int[] wide;
    private final char[] narrow;
    private final int offset;

    private Targets(int[] wide, char[] narrow, int offset) {
        this.wide = wide;
        this.narrow = narrow;
        this.offset = offset;
    }

    /** Whether a projection takes 16-bit targets: a static one into a population of at most 65,536 neurons. */
    static boolean narrowFor(boolean plastic, long targetPopulationSize) {
        return !plastic && targetPopulationSize <= NARROW_LIMIT;
    }

    /** Global neuron indices. */
    static Targets wide(int[] global) {
        return new Targets(global, null, 0);
    }

    /** Indices within the target population, whose first neuron has global index {@code offset}. */
    static Targets narrow(char[] local, int offset) {
        return new Targets(null, local, offset);
    }

    boolean isNarrow() {
        return narrow != null;
    }

    /** The global indices (only for wide targets). */
    int[] wide() {
        if (wide == null) {
            throw new IllegalStateException("16-bit targets have no array of global indices");
        }
        return wide;
    }

    /** The indices within the target population (only for narrow targets). */
    char[] narrow() {
        if (narrow == null) {
            throw new IllegalStateException("32-bit targets have no array of 16-bit indices");
        }
        return narrow;
    }

    /** The global index of the target population's first neuron (narrow targets; 0 for wide ones). */
    int offset() {
        return offset;
    }

    int size() {
        return narrow != null ? narrow.length : wide.length;
    }

    /** The global index of synapse e's target. */
    int get(int e) {
        return narrow != null ? offset + narrow[e] : wide[e];
    }

    /** The first synapse in [from, to) whose target's global index is >= key (the targets there being sorted). */
    int lowerBound(int from, int to, int key) {
        int l = from;
        int h = to;
        while (l < h) {
            int m = (l + h) >>> 1;
            if (get(m) < key) {
                l = m + 1;
            } else {
                h = m;
            }
        }
        return l;
    }

    /** The hash of the global indices, equal to {@code Arrays.hashCode} of them as an {@code int[]}. */
    int hash() {
        int h = 1;
        for (int e = 0; e < size(); e++) {
            h = 31 * h + get(e);
        }
        return h;
    }

    long bytes() {
        return narrow != null ? 2L * narrow.length : 4L * wide.length;
    }
}
