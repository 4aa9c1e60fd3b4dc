package org.ratenet.cli.run;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.ratenet.spiking.engine.SpikeTrains;

/**
 * The spikes of a run as a compact binary file, {@code spikes.bin}, big-endian:
 * <pre>
 *   8 bytes   magic "RNSPIKE1"
 *   8 bytes   dt (ms, IEEE-754 double)
 *   4 bytes   P, the number of populations; then per population: 2-byte length + UTF-8 name, 4-byte first global index, 4-byte size
 *   8 bytes   S, the number of spikes
 *   S × 8     per spike, in time order: 4-byte step (time = step × dt), 4-byte global neuron index
 * </pre>
 * (NumPy: {@code np.fromfile(f, dtype='>i4', offset=header).reshape(-1, 2)}).
 */
public final class SpikeFile {

    private SpikeFile() {
    }

    /** A population's name, first global neuron index and size. */
    public record Population(String name, int offset, int size) {
    }

    public static void write(SpikeTrains spikes, double dtMs, List<Population> populations, OutputStream target) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target, 1 << 16));
        out.write("RNSPIKE1".getBytes(StandardCharsets.US_ASCII));
        out.writeDouble(dtMs);
        out.writeInt(populations.size());
        for (Population p : populations) {
            out.writeUTF(p.name());
            out.writeInt(p.offset());
            out.writeInt(p.size());
        }
        out.writeLong(spikes.size());
        for (int k = 0; k < spikes.size(); k++) {
            out.writeInt(spikes.step(k));
            out.writeInt(spikes.neuron(k));
        }
        out.flush();
    }
}
