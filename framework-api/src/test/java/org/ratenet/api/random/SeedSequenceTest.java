package org.ratenet.api.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SeedSequenceTest {

    /** Every key matters: 100,000 (stream kind, neuron) names give 100,000 distinct seeds, and the same name the same seed. */
    @Test
    void distinctNamesGiveDistinctSeedsAndEqualNamesEqualSeeds() {
        Set<String> seen = new HashSet<>();
        for (long kind = 1; kind <= 2; kind++) {
            for (long neuron = 0; neuron < 50_000; neuron++) {
                long[] s = SeedSequence.of(12345, kind, neuron);
                seen.add(s[0] + ":" + s[1]);
            }
        }
        assertEquals(100_000, seen.size());
        assertArrayEquals(SeedSequence.of(7, 2, 3), SeedSequence.of(7, 2, 3));
        assertEquals(false, SeedSequence.of(7, 2, 3)[0] == SeedSequence.of(8, 2, 3)[0]);
    }
}
