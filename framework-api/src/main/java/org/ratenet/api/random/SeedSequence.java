package org.ratenet.api.random;

/**
 * The seed of an independent stream named by a master seed and keys, e.g. {@code of(seed, DRIVE, neuron)}: the
 * keys are absorbed one by one through the SplitMix64 finaliser (Steele, Lea and Flood 2014), and the result is
 * expanded to as many 64-bit words as the generator's state needs. Every key changes every word, unlike a raw
 * {@code long[]} seed, of which a generator keeps only as many leading words as its state has.
 */
public final class SeedSequence {

    private static final long GOLDEN = 0x9e3779b97f4a7c15L;

    private SeedSequence() {
    }

    /** Two 64-bit words (the state size of XoRoShiRo128++) for the stream named by {@code keys}. */
    public static long[] of(long master, long... keys) {
        long h = mix(master + GOLDEN);
        for (long k : keys) {
            h = mix(h ^ mix(k + GOLDEN));
        }
        return new long[] {mix(h + GOLDEN), mix(h + 2 * GOLDEN)};
    }

    /** The SplitMix64 finaliser: a bijection of 64-bit words that mixes every input bit into every output bit. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
