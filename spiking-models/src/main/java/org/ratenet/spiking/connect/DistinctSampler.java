package org.ratenet.spiking.connect;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Draws k distinct indices from [0, n), optionally excluding one index, into a caller-supplied array.
 * Rejection against a stamp array when k is at most half of the candidates, a partial Fisher–Yates
 * shuffle otherwise; both O(k) expected after the first call. Not thread-safe; one per projection.
 */
final class DistinctSampler {
    private final int n;
    private final int[] stamp;
    private final int[] pool;
    private int generation;

    DistinctSampler(int n) {
        this.n = n;
        this.stamp = new int[n];
        this.pool = new int[n];
        for (int i = 0; i < n; i++) {
            pool[i] = i;
        }
    }

    /** Fills {@code out[0..k)} with distinct indices in [0, n) other than {@code excluded} (-1: none). */
    void sample(UniformRandomProvider random, int k, int excluded, int[] out) {
        int candidates = excluded >= 0 ? n - 1 : n;
        if (2L * k <= candidates) {
            if (++generation == 0) { // wrapped after 2^32 calls: clear the stamps
                java.util.Arrays.fill(stamp, 0);
                generation = 1;
            }
            if (excluded >= 0) {
                stamp[excluded] = generation;
            }
            for (int i = 0; i < k; ) {
                int j = random.nextInt(n);
                if (stamp[j] != generation) {
                    stamp[j] = generation;
                    out[i++] = j;
                }
            }
            return;
        }
        int size = n;
        if (excluded >= 0) { // move the excluded index to the end, out of reach
            swap(indexOf(excluded), n - 1);
            size = n - 1;
        }
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(size - i);
            swap(i, j);
            out[i] = pool[i];
        }
    }

    private int indexOf(int value) {
        for (int i = 0; i < n; i++) {
            if (pool[i] == value) {
                return i;
            }
        }
        throw new IllegalStateException("index " + value + " not in pool");
    }

    private void swap(int i, int j) {
        int t = pool[i];
        pool[i] = pool[j];
        pool[j] = t;
    }
}
