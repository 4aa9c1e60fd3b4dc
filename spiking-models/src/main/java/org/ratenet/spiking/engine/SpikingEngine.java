package org.ratenet.spiking.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ratenet.api.dynamics.SpikeSink;
import org.ratenet.api.dynamics.SynapticInput;
import org.ratenet.api.model.SpikeTimingRule;
import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;

/**
 * Advances a {@link SpikingNetwork} in steps of dt, on one or more threads, with bit-identical results for any
 * thread count. Neurons are split into contiguous blocks, one per thread. Time advances in windows of the minimum
 * delay: within a window each thread updates only its own neurons (every neuron draws its Poisson count from its
 * own stream into its ring-buffer slot, then its model's {@link org.ratenet.api.dynamics.PopulationDynamics} updates
 * it from that slot, which is then cleared), since no spike of the window can arrive within it. After the window every thread replays all of its
 * spikes in the global order (step, projection, neuron) but adds only into the ring buffers of its own targets,
 * found by binary search in the target-sorted CSR rows. Each target therefore receives its inputs in the same order
 * whatever the number of threads.
 */
public final class SpikingEngine implements AutoCloseable {

    private final SpikingNetwork net;
    private final double[] ring;
    private final int slots;
    /** Input channels; the ring holds [slot][channel][neuron]. */
    private final int channels;
    private final int threads;
    private final int[] blockStart;
    private final BlockStep[] blockSteps;
    private final BlockWorkers workers;
    private final SpikeTrains spikes = new SpikeTrains();
    private final StateProbes probes;
    /** The plastic projections, each thread's copy of their traces, and each projection's index among them (or -1). */
    private final Projection[] plasticProjections;
    private final PlasticState[][] traces;
    private final int[] plasticIndexOf;
    private int step;

    public SpikingEngine(SpikingNetwork net) {
        this(net, 1);
    }

    public SpikingEngine(SpikingNetwork net, int threads) {
        this(net, threads, null);
    }

    /** An engine that also samples state variables through {@code probes} (may be null). */
    public SpikingEngine(SpikingNetwork net, int threads, StateProbes probes) {
        this.net = net;
        this.probes = probes;
        if (probes != null) {
            probes.bind(net);
        }
        this.threads = Require.atLeast("threads", threads, 1);
        this.slots = net.maxDelaySteps + net.minDelaySteps + 1;
        this.channels = net.channelTau.length;
        this.ring = new double[slots * channels * net.neurons];
        this.blockStart = new int[threads + 1];
        for (int t = 0; t <= threads; t++) {
            blockStart[t] = (int) ((long) net.neurons * t / threads);
        }
        this.blockSteps = new BlockStep[threads];
        for (int t = 0; t < threads; t++) {
            blockSteps[t] = new BlockStep();
        }
        this.workers = new BlockWorkers(threads);
        this.plasticIndexOf = new int[net.projections.size()];
        List<Projection> plastic = new ArrayList<>();
        for (int q = 0; q < net.projections.size(); q++) {
            Projection p = net.projections.get(q);
            plasticIndexOf[q] = p.plastic() == null ? -1 : plastic.size();
            if (p.plastic() != null) {
                plastic.add(p);
            }
        }
        this.plasticProjections = plastic.toArray(Projection[]::new);
        this.traces = new PlasticState[threads][plasticProjections.length];
        for (int t = 0; t < threads; t++) {
            for (int p = 0; p < plasticProjections.length; p++) {
                traces[t][p] = new PlasticState(plasticProjections[p].plastic(), net.dtMs);
            }
        }
    }

    public SpikeTrains spikes() {
        return spikes;
    }

    /** The synapses of projection {@code name} with their current weights (plastic ones as they are now). */
    public SynapseTable synapses(String name) {
        int q = 0;
        while (q < net.projections.size() && !net.projections.get(q).name().equals(name)) {
            q++;
        }
        if (q == net.projections.size()) {
            throw new InvalidParameterException("projection", name, "one of the network's projections");
        }
        Projection p = net.projections.get(q);
        int targetOffset = net.populations.stream().filter(pop -> pop.contains(p.targets().length == 0 ? -1 : p.targets()[0]))
                .mapToInt(pop -> pop.offset).findFirst().orElse(0);
        int n = p.targets().length;
        int[] sources = new int[n];
        int[] targets = new int[n];
        double[] weights = new double[n];
        double[] pre = new double[5];
        for (int j = 0; j < p.rowStart().length - 1; j++) {
            if (p.plastic() != null) {
                traces[0][plasticIndexOf[q]].presynaptic(j, pre); // the presynaptic state is the same in every thread's copy
            }
            for (int e = p.rowStart()[j]; e < p.rowStart()[j + 1]; e++) {
                sources[e] = j;
                targets[e] = p.targets()[e] - targetOffset;
                if (p.plastic() != null) { // brought up to now with the history the target's thread keeps
                    PlasticState state = traces[blockOf(p.targets()[e])][plasticIndexOf[q]];
                    weights[e] = p.plastic().nominalWeight * state.catchUp(p.plastic().weights[e], p.targets()[e] - p.plastic().targetOffset, step, pre);
                } else {
                    weights[e] = p.weights() != null ? p.weights()[e] : p.weight();
                }
            }
        }
        return new SynapseTable(name, sources, targets, weights);
    }

    public int currentStep() {
        return step;
    }

    /** Runs {@code steps} steps. */
    public void run(int steps) {
        Require.atLeast("steps", steps, 0);
        int end = step + steps;
        while (step < end) {
            int window = Math.min(net.minDelaySteps, end - step);
            int first = step;
            parallel(t -> update(t, first, window));
            for (int s = 0; s < window; s++) { // record in global order: step, then block (= neuron) order
                for (BlockStep b : blockSteps) {
                    b.spikes.appendStep(s, first + s, spikes);
                }
            }
            parallel(t -> deliver(t, first, window));
            for (BlockStep b : blockSteps) {
                b.spikes.clear();
            }
            step += window;
        }
    }

    /**
     * Writes the complete state (step, voltages, refractory counters, synaptic currents, the neurons' random streams,
     * the ring buffer and the spikes so far) to {@code file}, atomically: a temporary file in the same folder is moved
     * into place, so an interrupted write leaves the previous checkpoint, never half of one.
     */
    public void checkpoint(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(folder, file.getFileName().toString(), ".partial");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
                out.writeLong(CHECKPOINT_MAGIC);
                out.writeLong(fingerprint());
                out.writeInt(step);
                for (NeuronPopulation pop : net.populations) {
                    pop.dynamics.state().write(out);
                    for (PoissonDrive drive : pop.drives) {
                        drive.write(out);
                    }
                }
                for (double x : ring) {
                    out.writeDouble(x);
                }
                for (int p = 0; p < plasticProjections.length; p++) {
                    PlasticSynapses plastic = plasticProjections[p].plastic();
                    plastic.write(out);
                    traces[0][p].write(out);
                    for (int i = 0; i < plastic.targetSize; i++) { // each history from the thread that keeps it
                        traces[blockOf(plastic.targetOffset + i)][p].writeHistory(out, i);
                    }
                }
                spikes.write(out);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Restores a state written by {@link #checkpoint} for this network (same spec, seed and dt). */
    public void restore(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readLong() != CHECKPOINT_MAGIC) {
                throw new InvalidParameterException("checkpoint", file, "a ratenet spiking checkpoint");
            }
            if (in.readLong() != fingerprint()) {
                throw new InvalidParameterException("checkpoint", file, "a checkpoint of this network (same spec, seed and dt)");
            }
            step = in.readInt();
            for (NeuronPopulation pop : net.populations) {
                pop.dynamics.state().read(in);
                for (PoissonDrive drive : pop.drives) {
                    drive.read(in);
                }
            }
            for (int k = 0; k < ring.length; k++) {
                ring[k] = in.readDouble();
            }
            for (int p = 0; p < plasticProjections.length; p++) {
                PlasticSynapses plastic = plasticProjections[p].plastic();
                plastic.read(in);
                traces[0][p].read(in);
                for (int t = 1; t < threads; t++) {
                    traces[t][p].copyFrom(traces[0][p]);
                }
                for (int i = 0; i < plastic.targetSize; i++) {
                    traces[blockOf(plastic.targetOffset + i)][p].readHistory(in, i);
                }
            }
            spikes.read(in);
        }
    }

    private static final long CHECKPOINT_MAGIC = 0x7261_7465_6e65_7402L; // "ratenet" + version 2 (state by model)

    /** What identifies the network: sizes, synapses, channels, ring slots, dt and the connectivity itself. */
    private long fingerprint() {
        long h = net.neurons * 31L + net.synapses();
        h = h * 31 + channels;
        h = h * 31 + slots;
        h = h * 31 + Double.doubleToLongBits(net.dtMs);
        for (Projection p : net.projections) {
            h = h * 31 + Arrays.hashCode(p.targets());
            h = h * 31 + Float.floatToIntBits(p.weight()) + p.delaySteps();
            h = h * 31 + Arrays.hashCode(p.weights());
            h = h * 31 + Arrays.hashCode(p.delays());
        }
        return h;
    }

    @Override
    public void close() {
        workers.close();
    }

    /** The block (thread) that updates global neuron g. */
    private int blockOf(int g) {
        int t = 0;
        while (blockStart[t + 1] <= g) {
            t++;
        }
        return t;
    }

    private void parallel(BlockWorkers.BlockTask task) {
        workers.run(task);
    }

    /**
     * Updates the neurons of block t for the window's steps, recording their spikes: per population, the Poisson drive
     * adds into the step's input slot, the model updates its neurons, then the slot is cleared for reuse.
     */
    private void update(int t, int first, int window) {
        int lo = blockStart[t];
        int hi = blockStart[t + 1];
        BlockStep block = blockSteps[t];
        int n = net.neurons;
        for (int s = 0; s < window; s++) {
            int k = first + s;
            int slot = (k % slots) * channels * n;
            block.spikes.startStep();
            for (NeuronPopulation pop : net.populations) {
                int from = Math.max(lo, pop.offset) - pop.offset;
                int to = Math.min(hi, pop.offset + pop.size) - pop.offset;
                if (from >= to) {
                    continue;
                }
                int base = slot + pop.offset;
                for (PoissonDrive drive : pop.drives) {
                    if (drive.activeAt(k)) {
                        drive.add(from, to, ring, base + drive.channel() * n);
                    }
                }
                block.start(base, pop.offset);
                pop.dynamics.update(from, to, k, block, block);
                for (int c = 0; c < channels; c++) {
                    if (net.channelUsed[c]) { // a channel nothing sends to stays zero
                        Arrays.fill(ring, base + c * n + from, base + c * n + to, 0);
                    }
                }
                if (probes != null) {
                    probes.record(pop, from, to, k);
                }
            }
        }
    }

    /** One block's view of the current step: its input slot (for the model) and its spike list. */
    private final class BlockStep implements SynapticInput, SpikeSink {
        final WindowSpikes spikes = new WindowSpikes();
        private int base;
        private int populationOffset;

        void start(int slotBase, int offset) {
            this.base = slotBase;
            this.populationOffset = offset;
        }

        @Override
        public double[] buffer() {
            return ring;
        }

        @Override
        public int offset(int channel) {
            return base + channel * net.neurons;
        }

        @Override
        public void spike(int neuron) {
            spikes.add(populationOffset + neuron);
        }
    }

    /**
     * Adds the window's spikes into the ring buffers of block t's targets, in the global order, step by step. Plastic
     * synapses of block t are updated where they are transmitted (see {@link PlasticSynapses}), from this thread's copy of
     * the per-neuron state, which then takes the step's spikes and decays one step. Every synapse is written only by the
     * thread of its target.
     */
    private void deliver(int t, int first, int window) {
        int lo = blockStart[t];
        int hi = blockStart[t + 1];
        int n = net.neurons;
        PlasticState[] myTraces = traces[t];
        for (int s = 0; s < window; s++) {
            int k = first + s;
            for (int q = 0; q < net.projections.size(); q++) {
                Projection proj = net.projections.get(q);
                NeuronPopulation source = net.populations.get(proj.sourcePopulation());
                int base = (((k + proj.delaySteps()) % slots) * channels + proj.channel()) * n;
                float w = proj.weight();
                float[] weights = proj.weights();
                short[] delays = proj.delays();
                int channel = proj.channel();
                int[] rowStart = proj.rowStart();
                int[] targets = proj.targets();
                PlasticSynapses plastic = proj.plastic();
                PlasticState trace = plastic == null ? null : myTraces[plasticIndexOf[q]];
                for (BlockStep b : blockSteps) {
                    WindowSpikes spikesOfBlock = b.spikes;
                    for (int e = spikesOfBlock.stepStart(s); e < spikesOfBlock.stepEnd(s); e++) {
                        int local = spikesOfBlock.neuron(e) - source.offset;
                        if (local < 0 || local >= source.size) {
                            continue;
                        }
                        int start = rowStart[local];
                        int end = rowStart[local + 1];
                        if (threads > 1) { // this block's targets only: rows are sorted by target
                            start = lowerBound(targets, start, end, lo);
                            end = lowerBound(targets, start, end, hi);
                        }
                        if (plastic != null) {
                            addPlastic(plastic, trace, targets, local, start, end, k, delays, base, channel * n);
                        } else if (delays != null) {
                            addDelayed(ring, targets, weights, w, delays, start, end, k, slots, channels * n, channel * n);
                        } else if (weights != null) {
                            addWeighted(ring, base, targets, weights, start, end);
                        } else {
                            addConstant(ring, base, targets, w, start, end);
                        }
                    }
                }
            }
            for (int p = 0; p < plasticProjections.length; p++) {
                advanceTraces(plasticProjections[p], myTraces[p], s, k, lo, hi);
            }
        }
        for (int p = 0; p < plasticProjections.length; p++) {
            PlasticSynapses plastic = plasticProjections[p].plastic();
            myTraces[p].prune(Math.max(0, lo - plastic.targetOffset), Math.min(plastic.targetSize, hi - plastic.targetOffset));
        }
    }

    /**
     * Transmits a presynaptic spike of local neuron j at step k through plastic synapses [start, end): each first catches
     * up with its target's spikes since j's previous spike, then takes the presynaptic event, then is transmitted.
     */
    private void addPlastic(PlasticSynapses plastic, PlasticState state, int[] targets, int j, int start, int end, int k, short[] delays,
                            int base, int channelBase) {
        SpikeTimingRule rule = plastic.rule;
        double[] u = plastic.weights;
        double[] pre = state.presynapticScratch;
        state.presynaptic(j, pre);
        double pre1 = state.pre1[j];
        double pre2 = state.pre2.length == 0 ? 0 : state.pre2[j];
        double[] post1 = state.post1;
        double[] post2 = state.post2;
        double nominal = plastic.nominalWeight;
        int offset = plastic.targetOffset;
        int slotSize = channels * net.neurons;
        int last = (int) pre[0];
        boolean history = state.keepsHistory() && last >= 0;
        int[] recent = state.recent;
        for (int e = start; e < end; e++) {
            int i = targets[e] - offset;
            double w = u[e];
            if (history) { // catch up with the target's spikes since j's previous spike, in time order
                int r = 4 * i; // the last three post spike steps, newest first
                if (recent[r + 2] < last) { // at most the last two are needed: replay both, predicated
                    w = state.predicatedPostEvent(w, i, 1, recent[r + 1] - last, pre);
                    w = state.predicatedPostEvent(w, i, 0, recent[r] - last, pre);
                } else { // three or more: the general replay
                    w = state.catchUp(w, i, k, pre);
                }
            }
            double updated = rule.onPre(w, pre1, pre2, post1.length == 0 ? 0 : post1[i], post2.length == 0 ? 0 : post2[i]);
            u[e] = updated;
            int at = delays == null ? base + targets[e] : ((k + delays[e]) % slots) * slotSize + channelBase + targets[e];
            ring[at] += nominal * updated;
        }
    }

    /** The traces of one plastic projection take the spikes of window step s (of every block), then decay one step. */
    private void advanceTraces(Projection proj, PlasticState state, int s, int k, int lo, int hi) {
        NeuronPopulation source = net.populations.get(proj.sourcePopulation());
        PlasticSynapses plastic = proj.plastic();
        for (BlockStep b : blockSteps) {
            WindowSpikes spikes = b.spikes;
            for (int e = spikes.stepStart(s); e < spikes.stepEnd(s); e++) {
                int g = spikes.neuron(e);
                if (source.contains(g)) {
                    state.preSpike(g - source.offset, k);
                }
                int i = g - plastic.targetOffset;
                if (i >= 0 && i < plastic.targetSize) {
                    state.postSpike(i, k, g >= lo && g < hi);
                }
            }
        }
        state.decay();
    }

    /** The hot loop of delivery: one weight for the whole projection. */
    private static void addConstant(double[] ring, int base, int[] targets, double w, int start, int end) {
        for (int j = start; j < end; j++) {
            ring[base + targets[j]] += w;
        }
    }

    private static void addWeighted(double[] ring, int base, int[] targets, float[] weights, int start, int end) {
        for (int j = start; j < end; j++) {
            ring[base + targets[j]] += weights[j];
        }
    }

    /** Synapses with their own delays: each lands in the slot of its own arrival step. */
    private static void addDelayed(double[] ring, int[] targets, float[] weights, double w, short[] delays, int start, int end, int k,
                                   int slots, int slotSize, int channelBase) {
        for (int j = start; j < end; j++) {
            ring[((k + delays[j]) % slots) * slotSize + channelBase + targets[j]] += weights == null ? w : weights[j];
        }
    }

    /** The first index in [from, to) whose value is >= key (the values being sorted). */
    private static int lowerBound(int[] a, int from, int to, int key) {
        int l = from;
        int h = to;
        while (l < h) {
            int m = (l + h) >>> 1;
            if (a[m] < key) {
                l = m + 1;
            } else {
                h = m;
            }
        }
        return l;
    }

    /** The spikes of one block in the current window, step by step. */
    private static final class WindowSpikes {
        private int[] neurons = new int[1024];
        private int[] stepStarts = new int[64];
        private int size;
        private int stepsInWindow;

        void startStep() {
            if (stepsInWindow + 1 >= stepStarts.length) {
                stepStarts = Arrays.copyOf(stepStarts, 2 * stepStarts.length);
            }
            stepStarts[stepsInWindow++] = size;
            stepStarts[stepsInWindow] = size;
        }

        void add(int neuron) {
            if (size == neurons.length) {
                neurons = Arrays.copyOf(neurons, 2 * size);
            }
            neurons[size++] = neuron;
            stepStarts[stepsInWindow] = size;
        }

        int stepStart(int s) {
            return s < stepsInWindow ? stepStarts[s] : size;
        }

        int stepEnd(int s) {
            return s < stepsInWindow ? stepStarts[s + 1] : size;
        }

        int neuron(int e) {
            return neurons[e];
        }

        /** Appends the spikes of window step s, emitted at global step {@code step}, to {@code out}. */
        void appendStep(int s, int step, SpikeTrains out) {
            for (int e = stepStart(s); e < stepEnd(s); e++) {
                out.add(step, neurons[e]);
            }
        }

        void clear() {
            size = 0;
            stepsInWindow = 0;
        }
    }
}
