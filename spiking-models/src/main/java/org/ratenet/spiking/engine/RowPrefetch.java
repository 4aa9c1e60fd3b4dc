package org.ratenet.spiking.engine;

/**
 * Starts the memory reads of the rows a step's spikes are about to be delivered through, all at once, before delivery
 * walks them one after another. A row begins at an unpredictable place in arrays far larger than the caches, and a row
 * segment of a few hundred synapses is too short for the hardware prefetcher to follow; walked one by one, the rows'
 * cache misses follow one another, each a full memory latency (about 0.6 µs per row here, most of the delivery time of
 * Brunel's model A). Reading one entry of every cache line of every row in a loop of independent loads lets the
 * processor have many misses in flight at once. Java has no prefetch instruction, so this reads: it sums what it reads,
 * and the caller keeps the sum, so that the reads cannot be dropped. A call reads at most {@link #MAX_LINES} lines, so
 * that in a dense network (long rows, many spikes a step) what it reads still fits in the cache when delivery comes to
 * it, and long rows are left to the hardware prefetcher. Of a plastic row only the first line of each array is read:
 * its synapses cost several times a static one's, so once its start is in the cache the hardware prefetcher keeps
 * ahead of delivery, and reading the whole row first would only keep the processor waiting for memory while it could
 * compute (Brunel's model A with STDP on E->E: 1056 instead of 1171 ms). A projection small enough to stay in the caches
 * ({@link #worthReadingAhead}) is not read ahead: there the reads would only cost. Changes no state and no result.
 */
final class RowPrefetch {

    /** Bytes in a cache line: each array is read once per line. */
    private static final int LINE_BYTES = 64;
    /** Lines one call reads at most: 256 kB, a quarter of a 1 MB second-level cache. */
    static final int MAX_LINES = 4096;

    /** Bytes of connectivity from which a projection is read ahead: beyond what the caches keep of it between spikes. */
    static final long MIN_PROJECTION_BYTES = 4L << 20;

    private RowPrefetch() {
    }

    /**
     * Whether projection {@code p} is large enough for reading ahead to pay: at least {@link #MIN_PROJECTION_BYTES} of
     * connectivity (Brunel's model A at order 2500: 20 MB in E->E, read ahead; the COBA network: 0.6 MB in all, not).
     */
    static boolean worthReadingAhead(Projection p) {
        return p.bytes() >= MIN_PROJECTION_BYTES;
    }

    /**
     * Reads every cache line (of a plastic projection, the first), in every per-synapse array of projection {@code p}, of
     * the row (or row segment) of each spike of window step {@code s} from {@code p}'s source population, whose neuron 0
     * is global neuron {@code sourceOffset} and where the row of local source j is [{@code starts[j * stride + column]},
     * {@code starts[j * stride + column + 1]}), until {@link #MAX_LINES} lines are read; returns the sum of what it read.
     */
    static int touch(Projection p, int sourceOffset, WindowSpikes[] blocks, int s, int[] starts, int stride, int column) {
        char[] narrow = p.targets().isNarrow() ? p.targets().narrow() : null;
        int[] wide = narrow == null ? p.targets().wide() : null;
        float[] weights = p.weights();
        short[] delays = p.delays();
        double[] plastic = p.plastic() == null ? null : p.plastic().weights;
        int bytesPerSynapse = (narrow != null ? Character.BYTES : Integer.BYTES) + (weights != null ? Float.BYTES : 0)
                + (delays != null ? Short.BYTES : 0) + (plastic != null ? Double.BYTES : 0);
        long budget = (long) MAX_LINES * LINE_BYTES; // bytes still to read
        int sum = 0;
        for (WindowSpikes spikes : blocks) {
            int last = spikes.populationEnd(s, p.sourcePopulation());
            for (int e = spikes.populationStart(s, p.sourcePopulation()); e < last && budget > 0; e++) {
                int at = (spikes.neuron(e) - sourceOffset) * stride + column;
                int start = starts[at];
                // the row, or as much of it as the budget still covers; of a plastic row, its first line
                int end = (int) Math.min(starts[at + 1], plastic != null ? start + 1 : start + budget / bytesPerSynapse + 1);
                budget -= (long) (end - start) * bytesPerSynapse;
                if (narrow != null) {
                    for (int x = start; x < end; x += LINE_BYTES / Character.BYTES) {
                        sum += narrow[x];
                    }
                } else {
                    for (int x = start; x < end; x += LINE_BYTES / Integer.BYTES) {
                        sum += wide[x];
                    }
                }
                if (weights != null) {
                    for (int x = start; x < end; x += LINE_BYTES / Float.BYTES) {
                        sum += Float.floatToRawIntBits(weights[x]);
                    }
                }
                if (delays != null) {
                    for (int x = start; x < end; x += LINE_BYTES / Short.BYTES) {
                        sum += delays[x];
                    }
                }
                if (plastic != null) {
                    for (int x = start; x < end; x += LINE_BYTES / Double.BYTES) {
                        sum += (int) Double.doubleToRawLongBits(plastic[x]);
                    }
                }
            }
        }
        return sum;
    }
}
