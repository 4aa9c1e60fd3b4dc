package org.ratenet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratenet.cli.run.SonataSpikes;

/** A run folder's {@code spikes.h5} (SONATA) holds exactly the spikes of its {@code spikes.bin}, and reads back. */
class SonataSpikesTest {

    @Test
    void theSonataReportHoldsTheSameSpikesAsSpikesBin(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("run");
        assertEquals(0, CliRun.of("run", "--quiet", "--set", "order=100", "--time", "300", "--out", run.toString(), "../examples/brunel-a.yaml")
                .exit());
        Map<String, SonataSpikes.Report> reports = SonataSpikes.read(run.resolve("spikes.h5"));
        assertEquals(java.util.Set.of("E", "I"), reports.keySet());
        try (InputStream raw = Files.newInputStream(run.resolve("spikes.bin")); DataInputStream in = new DataInputStream(raw)) {
            in.readLong(); // magic
            double dt = in.readDouble();
            int populations = in.readInt();
            String[] names = new String[populations];
            int[] first = new int[populations];
            int[] size = new int[populations];
            for (int a = 0; a < populations; a++) {
                names[a] = in.readUTF();
                first[a] = in.readInt();
                size[a] = in.readInt();
            }
            long spikes = in.readLong();
            int[] filled = new int[populations];
            for (long k = 0; k < spikes; k++) {
                int step = in.readInt();
                int neuron = in.readInt();
                for (int a = 0; a < populations; a++) {
                    if (neuron >= first[a] && neuron < first[a] + size[a]) {
                        SonataSpikes.Report r = reports.get(names[a]);
                        assertEquals(neuron - first[a], r.nodeIds()[filled[a]]);
                        assertEquals(step * dt, r.timestampsMs()[filled[a]++], 0);
                    }
                }
            }
            for (int a = 0; a < populations; a++) {
                assertEquals(reports.get(names[a]).nodeIds().length, filled[a], names[a]);
            }
            assertTrue(spikes > 100);
        }
    }
}
