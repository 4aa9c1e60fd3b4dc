package org.ratenet.spiking.engine;

/**
 * Starts the memory reads of the rows a step's spikes are about to be delivered through, all at once, before delivery
 * walks them one after another. A row begins at an unpredictable place in arrays far larger than the caches, so each
 * row's first read misses them; walked one by one, those misses follow one another, each a full memory latency (about
 * 0.6 µs per row here, most of the delivery time of Brunel's model A). Reading the first two cache lines of every row in
 * a loop of independent loads lets the processor have many misses in flight at once, and the hardware prefetcher then
 * streams the rest of each row. Java has no prefetch instruction, so this reads: it sums what it reads, and the caller
 * keeps the sum, so that the reads cannot be dropped. Changes no state and no result.
 */
final class RowPrefetch {

    /** Bytes in a cache line: each array is read at a row's start and one line further. */
    private static final int LINE_BYTES = 64;

    private RowPrefetch() {
    }

    /**
     * Reads the first two cache lines, in every per-synapse array of projection {@code p}, of the row (or row segment)
     * of each spike of window step {@code s} from {@code p}'s source population, where the row of local source j begins
     * at {@code starts[j * stride + column]}; returns the sum of what it read.
     */
    static int touch(Projection p, NeuronPopulation source, WindowSpikes[] blocks, int s, int[] starts, int stride, int column) {
        char[] narrow = p.targets().isNarrow() ? p.targets().narrow() : null;
        int[] wide = narrow == null ? p.targets().wide() : null;
        float[] weights = p.weights();
        short[] delays = p.delays();
        double[] plastic = p.plastic() == null ? null : p.plastic().weights;
        int size = p.targets().size();
        int sum = 0;
        for (WindowSpikes spikes : blocks) {
            int last = spikes.populationEnd(s, p.sourcePopulation());
            for (int e = spikes.populationStart(s, p.sourcePopulation()); e < last; e++) {
                int start = starts[(spikes.neuron(e) - source.offset) * stride + column];
                if (start == size) { // an empty row at the end
                    continue;
                }
                if (narrow != null) {
                    sum += narrow[start] + narrow[ahead(start, Character.BYTES, narrow.length)];
                } else {
                    sum += wide[start] + wide[ahead(start, Integer.BYTES, wide.length)];
                }
                if (weights != null) {
                    sum += Float.floatToRawIntBits(weights[start]) + Float.floatToRawIntBits(weights[ahead(start, Float.BYTES, weights.length)]);
                }
                if (delays != null) {
                    sum += delays[start] + delays[ahead(start, Short.BYTES, delays.length)];
                }
                if (plastic != null) {
                    sum += (int) Double.doubleToRawLongBits(plastic[start])
                            + (int) Double.doubleToRawLongBits(plastic[ahead(start, Double.BYTES, plastic.length)]);
                }
            }
        }
        return sum;
    }

    /** The index one cache line after {@code start} in an array of {@code bytes}-byte entries, within the array. */
    private static int ahead(int start, int bytes, int length) {
        return Math.min(start + LINE_BYTES / bytes, length - 1);
    }
}
