package org.ratenet.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratenet.api.error.RatenetException;

/** Spikes written by an exported script, read back; a file that is not one is a one-line error naming it. */
class PynnSpikesTest {

    @Test
    void aSpikeFileIsReadBack(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("spikes_E.csv"), "neuron,time_ms\n0,1.4\n3,20.200000000000003\n0,25.0\n");
        PynnSpikes s = PynnSpikes.read(dir, "E", 4);
        assertEquals(3, s.count());
        assertArrayEquals(new int[] {0, 3, 0}, s.neurons());
        assertArrayEquals(new double[] {1.4, 20.200000000000003, 25.0}, s.timesMs());
    }

    @Test
    void aWrongFileIsOneLineNamingIt(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("spikes_E.csv"), "id,t\n0,1\n");
        Files.writeString(dir.resolve("spikes_I.csv"), "neuron,time_ms\n7,1.0\n");
        Files.writeString(dir.resolve("spikes_X.csv"), "neuron,time_ms\n1;2\n");
        for (String population : new String[] {"E", "I", "X", "missing"}) {
            RatenetException e = assertThrows(RatenetException.class, () -> PynnSpikes.read(dir, population, 5));
            assertTrue(e.getMessage().contains("spikes_" + population + ".csv"), e.getMessage());
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        }
    }
}
