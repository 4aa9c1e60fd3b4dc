package org.ratenet.spiking.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.ratenet.api.random.SeedSequence;

class NeuronStreamsTest {

    /** The array-of-states streams are commons-rng's XO_RO_SHI_RO_128_PP streams, bit for bit. */
    @Test
    void theSameNumbersAsCommonsRng() {
        NeuronStreams streams = new NeuronStreams(12345, 2, 100, 50);
        for (int i = 0; i < 50; i++) {
            UniformRandomProvider reference = RandomSource.XO_RO_SHI_RO_128_PP.create(SeedSequence.of(12345, 2, 100 + i));
            for (int k = 0; k < 1000; k++) {
                assertEquals(reference.nextLong(), streams.nextLong(i), "stream " + i + " draw " + k);
            }
        }
        NeuronStreams further = new NeuronStreams(12345, 2, 100, 5, 3); // a neuron's further streams append the index
        for (int i = 0; i < 5; i++) {
            UniformRandomProvider reference = RandomSource.XO_RO_SHI_RO_128_PP.create(SeedSequence.of(12345, 2, 100 + i, 3));
            assertEquals(reference.nextLong(), further.nextLong(i), "further stream " + i);
        }
    }
}
