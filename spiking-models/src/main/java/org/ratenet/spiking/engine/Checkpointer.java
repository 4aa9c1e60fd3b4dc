package org.ratenet.spiking.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

import org.ratenet.api.error.InvalidParameterException;

/**
 * The checkpoint format of an engine: a magic number, the network's fingerprint, the step, every population's declared
 * state and Poisson drives, the ring buffer, the plastic projections' part, and the spikes so far. Written atomically (a
 * temporary file in the same folder moved into place), so an interrupted write leaves the previous checkpoint.
 */
final class Checkpointer {

    private static final long MAGIC = 0x7261_7465_6e65_7402L; // "ratenet" + version 2 (state by model)

    private final SpikingNetwork net;
    private final InputRings rings;
    private final int slots;
    private final int channels;
    private final PlasticDelivery plastic;
    private final SpikeTrains spikes;

    Checkpointer(SpikingNetwork net, InputRings rings, PlasticDelivery plastic, SpikeTrains spikes) {
        this.net = net;
        this.rings = rings;
        this.slots = rings.slots();
        this.channels = rings.channels();
        this.plastic = plastic;
        this.spikes = spikes;
    }

    void write(Path file, int step) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(folder, file.getFileName().toString(), ".partial");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
                out.writeLong(MAGIC);
                out.writeLong(fingerprint());
                out.writeInt(step);
                for (NeuronPopulation pop : net.populations) {
                    pop.dynamics.state().write(out);
                    for (PoissonDrive drive : pop.drives) {
                        drive.write(out);
                    }
                }
                for (int slot = 0; slot < slots; slot++) { // as [slot][channel][neuron], whatever the blocks
                    for (int c = 0; c < channels; c++) {
                        for (int g = 0; g < net.neurons; g++) {
                            out.writeDouble(rings.get(slot, c, g));
                        }
                    }
                }
                plastic.write(out);
                spikes.write(out);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Restores everything {@link #write} wrote for this network and returns the step. */
    int read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readLong() != MAGIC) {
                throw new InvalidParameterException("checkpoint", file, "a ratenet spiking checkpoint");
            }
            if (in.readLong() != fingerprint()) {
                throw new InvalidParameterException("checkpoint", file, "a checkpoint of this network (same spec, seed and dt) written by this "
                        + "version of ratenet");
            }
            int step = in.readInt();
            for (NeuronPopulation pop : net.populations) {
                pop.dynamics.state().read(in);
                for (PoissonDrive drive : pop.drives) {
                    drive.read(in);
                }
            }
            for (int slot = 0; slot < slots; slot++) {
                for (int c = 0; c < channels; c++) {
                    for (int g = 0; g < net.neurons; g++) {
                        rings.set(slot, c, g, in.readDouble());
                    }
                }
            }
            plastic.read(in);
            spikes.read(in);
            return step;
        }
    }

    /** What identifies the network: sizes, synapses, channels, ring slots, dt and the connectivity itself. */
    private long fingerprint() {
        long h = net.neurons * 31L + net.synapses();
        h = h * 31 + channels;
        h = h * 31 + slots;
        h = h * 31 + Double.doubleToLongBits(net.dtMs);
        for (Projection p : net.projections) {
            h = h * 31 + p.targets().hash();
            h = h * 31 + Float.floatToIntBits(p.weight()) + p.delaySteps();
            h = h * 31 + Arrays.hashCode(p.weights());
            h = h * 31 + Arrays.hashCode(p.delays());
        }
        return h;
    }
}
