package org.ratenet.spiking.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;

import org.ratenet.api.dynamics.PoissonInput;
import org.ratenet.api.dynamics.SpikeSink;
import org.ratenet.api.dynamics.SynapticInput;
import org.ratenet.api.error.DivergenceException;
import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;

/**
 * Advances a {@link SpikingNetwork} in steps of dt, on one or more threads, with bit-identical results for any
 * thread count. Neurons are split into contiguous blocks, one per thread. Time advances in windows of the minimum
 * delay (one step on one thread): within a window each thread updates only its own neurons (every neuron draws its
 * Poisson count from its own stream into its ring-buffer slot, then its model's
 * {@link org.ratenet.api.dynamics.PopulationDynamics} updates it from that slot, which is then cleared; a model may
 * instead draw its drive and clear its slot inside its own loop), since no spike of the window can arrive within it.
 * The window's spikes are then replayed by every thread in the global order (step, projection, neuron), each adding
 * only into the ring buffers of its own targets, whose segment of each target-sorted CSR row is found once when the
 * engine is built, so each target receives its inputs in the same order whatever the number of threads; the rows of
 * large projections are read ahead of delivery ({@link RowPrefetch}), so that their memory misses overlap. Each block
 * has a ring of its own ({@link InputRings}), and each part of a population that the blocks split a model instance of its
 * own where the model allows it ({@link PopulationPart}), so that no cache line of input or state goes back and forth
 * between the threads. A thread replays one window and then updates the next, waiting only until the other blocks have
 * written the spikes of the window it replays ({@link WindowSignals}; the spikes of a window are kept in one of two sets
 * while the next window's go to the other).
 */
public final class SpikingEngine implements AutoCloseable {

    private final SpikingNetwork net;
    /** The input buffers, one ring per block of neurons. */
    private final InputRings rings;
    private final int slots;
    /** Input channels; each block's ring holds [slot][channel][neuron of the block]. */
    private final int channels;
    private final int threads;
    private final int[] blockStart;
    private final BlockStep[] blockSteps;
    /** Each block's part of each population, [block][population], null where it has none ({@link PopulationPart}). */
    private final PopulationPart[][] blockParts;
    private final BlockWorkers workers;
    private final SpikeTrains spikes = new SpikeTrains();
    private final StateProbes probes;
    /**
     * Each block's spikes of a window, twice: while the blocks deliver the spikes of one window from one set they update
     * the next window into the other.
     */
    private final WindowSpikes[][] windowSpikes;
    private final PlasticDelivery plastic;
    /** Per projection and block, where the block's targets lie in the projection's rows ({@link BlockRows}). */
    private final BlockRows[][] blockRows;
    /** Per projection, whether its rows are read ahead of delivery ({@link RowPrefetch#worthReadingAhead}). */
    private final boolean[] readAhead;
    private final Checkpointer checkpointer;
    private final WindowSignals signals;
    private final Pipeline pipeline;
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
        this.threads = Require.atLeast("threads", threads, 1);
        MemoryEstimate.checkThreads(net, threads);
        // Spikes of window [w, w + W) arrive in steps [w + W, w + W − 1 + maxDelay] (W <= minDelay), while steps before
        // w + W have been read: maxDelay slots suffice, and the slot a step's spikes land in is the one it has just read.
        this.slots = net.maxDelaySteps;
        this.channels = net.channelTau.length;
        this.blockStart = new int[threads + 1];
        for (int t = 0; t <= threads; t++) {
            blockStart[t] = (int) ((long) net.neurons * t / threads);
        }
        this.rings = new InputRings(blockStart, slots, channels);
        this.blockParts = PopulationPart.of(net, blockStart);
        if (probes != null) {
            probes.bind(blockParts);
        }
        this.blockSteps = new BlockStep[threads];
        this.windowSpikes = new WindowSpikes[2][threads];
        int windowSteps = threads == 1 ? 1 : net.minDelaySteps;
        for (int t = 0; t < threads; t++) {
            blockSteps[t] = new BlockStep();
            windowSpikes[0][t] = new WindowSpikes(net.populations.size(), windowSteps);
            windowSpikes[1][t] = new WindowSpikes(net.populations.size(), windowSteps);
        }
        this.readAhead = new boolean[net.projections.size()];
        for (int q = 0; q < readAhead.length; q++) {
            readAhead[q] = RowPrefetch.worthReadingAhead(net.projections.get(q));
        }
        this.blockRows = new BlockRows[net.projections.size()][];
        for (int q = 0; q < net.projections.size(); q++) {
            blockRows[q] = BlockRows.of(net.projections.get(q), blockStart);
        }
        this.workers = new BlockWorkers(threads);
        this.signals = new WindowSignals(threads);
        this.pipeline = new Pipeline();
        this.plastic = new PlasticDelivery(net, blockStart, rings);
        this.checkpointer = new Checkpointer(net, rings, plastic, spikes);
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
        int targetOffset = net.populations.stream().filter(pop -> pop.contains(p.targets().size() == 0 ? -1 : p.targets().get(0)))
                .mapToInt(pop -> pop.offset).findFirst().orElse(0);
        int n = p.targets().size();
        int[] sources = new int[n];
        int[] targets = new int[n];
        double[] weights = new double[n];
        double[] delays = new double[n];
        double[] pre = new double[5];
        for (int j = 0; j < p.rowStart().length - 1; j++) {
            for (int e = p.rowStart()[j]; e < p.rowStart()[j + 1]; e++) {
                sources[e] = j;
                targets[e] = p.targets().get(e) - targetOffset;
                if (p.plastic() != null) { // brought up to now with the history the target's thread keeps
                    weights[e] = plastic.weightNow(q, j, e, step, pre);
                } else {
                    weights[e] = p.weights() != null ? p.weights()[e] : p.weight();
                }
                delays[e] = (p.delays() != null ? p.delays()[e] : p.delaySteps()) * net.dtMs;
            }
        }
        return new SynapseTable(name, sources, targets, weights, delays);
    }

    public int currentStep() {
        return step;
    }

    /**
     * Runs {@code steps} steps, in windows of the minimum delay (of one step on one thread). Each thread delivers the
     * previous window's spikes (into its own targets) and then updates the next window, since no spike of a window can
     * arrive within the next one; it waits only for the other blocks' spikes of the window it delivers
     * ({@link WindowSignals}), not for the others to finish, and a last delivery ends the run. The calling thread
     * (block 0) also appends each delivered window's spikes to the run's trains. If a block fails, the others stop at
     * their next wait, and the failure of the earliest window (of the lowest block among equals) is thrown.
     */
    public void run(int steps) {
        Require.atLeast("steps", steps, 0);
        if (steps == 0) {
            return;
        }
        // one thread: step by step, so that the slot that receives a step's spikes is still in the cache from its update
        pipeline.plan(step, steps, threads == 1 ? 1 : net.minDelaySteps);
        workers.run(pipeline);
        pipeline.rethrowFirstFailure();
        step += steps;
    }

    /**
     * One run as every block goes through it: window i's spikes go to set i mod 2, so that a block writes a set only once
     * every other block has published the window after the one it last read from that set (and so has read it). Window
     * numbers continue from run to run, so that a signal of an earlier run is never taken for one of this run.
     */
    private final class Pipeline implements BlockWorkers.BlockTask {
        private int first;
        private int steps;
        private int windowLength;
        private int windows;
        /** The signal number of this run's window 0, minus one. */
        private int base;
        private int published;
        private final RuntimeException[] failures = new RuntimeException[threads];
        private final Error[] errors = new Error[threads];
        private final int[] failedAt = new int[threads];
        /** Each block's own state for receiving the other blocks' spikes, made by its thread so that no two share a line. */
        private final Receiver[] receivers = new Receiver[threads];

        /** How a block waits for the other blocks' signals, and the spike lists that come with them. */
        private final class Receiver {
            final Backoff wait = new Backoff(threads);
            final WindowSpikes[] carried = new WindowSpikes[threads];
            final int[] scratch = new int[WindowSignals.CARRIED_INTS];
            final WindowSpikes[] received = new WindowSpikes[threads];

            Receiver() {
                for (int b = 0; b < threads; b++) {
                    carried[b] = new WindowSpikes(net.populations.size(), net.minDelaySteps);
                }
            }
        }

        void plan(int first, int steps, int windowLength) {
            this.first = first;
            this.steps = steps;
            this.windowLength = windowLength;
            this.windows = (steps + windowLength - 1) / windowLength;
            this.base = published;
            this.published += windows + 1; // + 1: past anything a failed run may have published
        }

        @Override
        public void run(int block) {
            int i = 0;
            if (receivers[block] == null) { // made by the block's thread, at its first run (see WindowSignals#await)
                receivers[block] = new Receiver();
            }
            Receiver receiver = receivers[block];
            Backoff wait = receiver.wait;
            WindowSpikes[] carried = receiver.carried;
            int[] scratch = receiver.scratch;
            WindowSpikes[] received = receiver.received;
            try {
                for (; i <= windows; i++) {
                    if (i > 0) {
                        if (!signals.await(block, base + i, wait, windowSpikes[(i - 1) & 1], carried, scratch, received)) {
                            return;
                        }
                        int from = first + (i - 1) * windowLength;
                        int length = Math.min(windowLength, first + steps - from);
                        if (block == 0) {
                            record(received, from, length);
                        }
                        deliver(block, from, length, received);
                    }
                    if (i < windows) {
                        int from = first + i * windowLength;
                        WindowSpikes[] set = windowSpikes[i & 1];
                        update(block, from, Math.min(windowLength, first + steps - from), set);
                        signals.publish(block, base + i + 1, set[block]);
                    }
                }
            } catch (RuntimeException e) {
                failures[block] = e;
                failedAt[block] = i;
                signals.abort();
            } catch (Error e) {
                errors[block] = e;
                failedAt[block] = i;
                signals.abort();
            }
        }

        /** Throws the failure of the earliest window (the lowest block's among equals), if any block failed, and forgets them. */
        void rethrowFirstFailure() {
            int earliest = -1;
            for (int b = 0; b < threads; b++) {
                if ((failures[b] != null || errors[b] != null) && (earliest < 0 || failedAt[b] < failedAt[earliest])) {
                    earliest = b;
                }
            }
            if (earliest < 0) {
                return;
            }
            RuntimeException failure = failures[earliest];
            Error error = errors[earliest];
            Arrays.fill(failures, null);
            Arrays.fill(errors, null);
            signals.reset();
            if (error != null) {
                throw error;
            }
            throw failure;
        }
    }

    /** Appends a window's spikes to the run's trains in the global order: step, then block (= neuron) order. */
    private void record(WindowSpikes[] blocks, int first, int window) {
        for (int s = 0; s < window; s++) {
            for (WindowSpikes b : blocks) {
                b.appendStep(s, first + s, spikes);
            }
        }
    }

    /**
     * Writes the complete state (step, every population's declared state, the neurons' random streams, the ring buffer,
     * plastic weights and traces, and the spikes so far) to {@code file}, atomically (see {@link Checkpointer}).
     */
    public void checkpoint(Path file) throws IOException {
        forEachPart(PopulationPart::gather);
        checkpointer.write(file, step);
    }

    /** Restores a state written by {@link #checkpoint} for this network (same spec, seed and dt). */
    public void restore(Path file) throws IOException {
        step = checkpointer.read(file);
        forEachPart(PopulationPart::scatter);
    }

    private void forEachPart(Consumer<PopulationPart> action) {
        for (PopulationPart[] parts : blockParts) {
            for (PopulationPart part : parts) {
                if (part != null) {
                    action.accept(part);
                }
            }
        }
    }

    @Override
    public void close() {
        workers.close();
    }

    /**
     * Updates the neurons of block t for the window's steps, recording their spikes: per population, the Poisson drive
     * adds into the step's input slot, the block's part of the population is updated by its model instance, then the slot
     * is cleared for reuse.
     */
    private void update(int t, int first, int window, WindowSpikes[] into) {
        BlockStep block = blockSteps[t];
        block.spikes = into[t];
        block.spikes.clear();
        PopulationPart[] parts = blockParts[t];
        double[] ring = rings.ring(t);
        int stride = rings.length(t); // between one channel's entries of a neuron and the next channel's
        for (int s = 0; s < window; s++) {
            int k = first + s;
            int slot = k % slots;
            block.spikes.startStep();
            for (int p = 0; p < parts.length; p++) {
                block.spikes.startPopulation(p);
                PopulationPart part = parts[p];
                if (part == null) {
                    continue;
                }
                int from = part.from;
                int to = from + part.size;
                int base = rings.base(t, slot, 0) + part.origin(); // where the instance's neuron 0 would be
                block.start(ring, base, stride, part);
                boolean drawnByModel = part.dynamics.drawsDrive();
                for (PoissonDrive drive : part.drives) {
                    if (drive.activeAt(k)) {
                        if (drawnByModel) {
                            block.handOver(drive);
                        } else {
                            drive.add(from, to, ring, base + drive.channel() * stride);
                        }
                    }
                }
                try {
                    part.dynamics.update(from, to, k, block, block);
                } catch (DivergenceException e) { // named by the neuron's index in its population
                    throw e.shifted(part.first - from);
                }
                if (!part.dynamics.clearsInput()) {
                    for (int c = 0; c < channels; c++) {
                        if (net.channelUsed[c]) { // a channel nothing sends to stays zero
                            Arrays.fill(ring, base + c * stride + from, base + c * stride + to, 0);
                        }
                    }
                }
                if (probes != null) {
                    probes.record(part, k);
                }
            }
        }
    }

    /**
     * One block's view of the current step: its input slot and the drives the model draws itself (for the model), and its
     * spike list.
     */
    private final class BlockStep implements SynapticInput, SpikeSink {
        /** Where this block's spikes of the window being updated go. */
        WindowSpikes spikes;
        private double[] ring;
        private int base;
        private int stride;
        private PopulationPart part;
        private int from;
        private int to;
        private int origin;
        private PoissonDrive[] drives = new PoissonDrive[1];
        private int driveCount;
        /** The sum of what {@link RowPrefetch} read for this block, kept so that its reads are not dropped. */
        int touched;

        void start(double[] ring, int slotBase, int stride, PopulationPart part) {
            this.ring = ring;
            this.base = slotBase;
            this.stride = stride;
            this.part = part;
            this.from = part.from;
            this.to = part.from + part.size;
            this.origin = part.origin();
            this.driveCount = 0;
        }

        /** Hands an active drive to the model, which draws it itself. */
        void handOver(PoissonDrive drive) {
            if (driveCount == drives.length) {
                drives = Arrays.copyOf(drives, 2 * driveCount);
            }
            drives[driveCount++] = drive;
        }

        @Override
        public int drives() {
            return driveCount;
        }

        @Override
        public PoissonInput drive(int d) {
            if (d < 0 || d >= driveCount) {
                throw new IndexOutOfBoundsException("drive " + d + " of " + driveCount);
            }
            return drives[d];
        }

        @Override
        public double[] buffer() {
            return ring;
        }

        @Override
        public int offset(int channel) {
            return base + channel * stride;
        }

        /** Takes a spike of one of the neurons being updated (delivery relies on it: a population's spikes are one run). */
        @Override
        public void spike(int neuron) {
            if (neuron < from || neuron >= to) {
                throw new IllegalStateException("the model of population " + part.population.name + " reported a spike of neuron " + neuron
                        + ", not one of the neurons [" + from + ", " + to + ") it was asked to update");
            }
            spikes.add(origin + neuron);
        }
    }

    /**
     * Adds the window's spikes into the ring buffers of block t's targets, in the global order, step by step. Plastic
     * synapses of block t are updated where they are transmitted ({@link PlasticDelivery}), from this thread's copy of
     * the traces, which then take the step's spikes and decay one step. Every synapse is written only by the thread of its
     * target.
     */
    private void deliver(int t, int first, int window, WindowSpikes[] from) {
        for (int s = 0; s < window; s++) {
            int k = first + s;
            for (int q = 0; q < net.projections.size(); q++) {
                deliverProjection(t, q, s, k, from);
            }
            plastic.advance(t, s, k, from);
        }
        plastic.prune(t, first + window);
    }

    /** Adds the spikes of window step s (global step k) through projection q into the ring buffers of block t's targets. */
    private void deliverProjection(int t, int q, int s, int k, WindowSpikes[] from) {
        BlockRows part = blockRows[q][t];
        if (part.none()) {
            return;
        }
        Projection proj = net.projections.get(q);
        NeuronPopulation source = net.populations.get(proj.sourcePopulation());
        double[] ring = rings.ring(t);
        int base = rings.base(t, (k + proj.delaySteps()) % slots, proj.channel());
        int slotSize = rings.slotSize(t);
        int channelBase = rings.channelBase(t, proj.channel());
        float w = proj.weight();
        float[] weights = proj.weights();
        short[] delays = proj.delays();
        int[] starts = part.starts;
        int stride = part.stride;
        int column = part.column;
        Targets targets = proj.targets();
        boolean plasticRows = proj.plastic() != null;
        char[] narrow = targets.isNarrow() ? targets.narrow() : null;
        int[] global = narrow == null ? targets.wide() : null;
        int shift = targets.offset(); // narrow targets: local index + shift is the global one
        int sourcePopulation = proj.sourcePopulation();
        if (readAhead[q]) {
            blockSteps[t].touched += RowPrefetch.touch(proj, source.offset, from, s, starts, stride, column);
        }
        for (WindowSpikes spikesOfBlock : from) {
            int last = spikesOfBlock.populationEnd(s, sourcePopulation);
            for (int e = spikesOfBlock.populationStart(s, sourcePopulation); e < last; e++) {
                int local = spikesOfBlock.neuron(e) - source.offset;
                int at = local * stride + column; // this block's part of the row (see BlockRows)
                int start = starts[at];
                int end = starts[at + 1];
                if (plasticRows) {
                    plastic.transmit(t, q, global, local, start, end, k, delays, base, channelBase);
                } else if (narrow != null) {
                    if (delays != null) {
                        addDelayed(ring, narrow, weights, w, delays, start, end, k, slots, slotSize, channelBase + shift);
                    } else if (weights != null) {
                        addWeighted(ring, base + shift, narrow, weights, start, end);
                    } else {
                        addConstant(ring, base + shift, narrow, w, start, end);
                    }
                } else if (delays != null) {
                    addDelayed(ring, global, weights, w, delays, start, end, k, slots, slotSize, channelBase);
                } else if (weights != null) {
                    addWeighted(ring, base, global, weights, start, end);
                } else {
                    addConstant(ring, base, global, w, start, end);
                }
            }
        }
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

    /**
     * Synapses with their own delays: each lands in the slot of its own arrival step, (k + delay) mod slots, found by one
     * conditional subtraction (delays are at most the slot count) instead of a division per synapse.
     */
    private static void addDelayed(double[] ring, int[] targets, float[] weights, double w, short[] delays, int start, int end, int k,
                                   int slots, int slotSize, int channelBase) {
        int now = k % slots;
        if (weights == null) {
            for (int j = start; j < end; j++) {
                ring[arrivalSlot(now, delays[j], slots) * slotSize + channelBase + targets[j]] += w;
            }
        } else {
            for (int j = start; j < end; j++) {
                ring[arrivalSlot(now, delays[j], slots) * slotSize + channelBase + targets[j]] += weights[j];
            }
        }
    }

    /** {@link #addConstant(double[], int, int[], double, int, int)} for 16-bit targets ({@code base} includes their population's offset). */
    private static void addConstant(double[] ring, int base, char[] targets, double w, int start, int end) {
        for (int j = start; j < end; j++) {
            ring[base + targets[j]] += w;
        }
    }

    private static void addWeighted(double[] ring, int base, char[] targets, float[] weights, int start, int end) {
        for (int j = start; j < end; j++) {
            ring[base + targets[j]] += weights[j];
        }
    }

    /** {@link #addDelayed(double[], int[], float[], double, short[], int, int, int, int, int, int)} for 16-bit targets. */
    private static void addDelayed(double[] ring, char[] targets, float[] weights, double w, short[] delays, int start, int end, int k,
                                   int slots, int slotSize, int channelBase) {
        int now = k % slots;
        if (weights == null) {
            for (int j = start; j < end; j++) {
                ring[arrivalSlot(now, delays[j], slots) * slotSize + channelBase + targets[j]] += w;
            }
        } else {
            for (int j = start; j < end; j++) {
                ring[arrivalSlot(now, delays[j], slots) * slotSize + channelBase + targets[j]] += weights[j];
            }
        }
    }

    /** (now + delay) mod slots for now < slots and delay <= slots, without a branch. */
    static int arrivalSlot(int now, int delay, int slots) {
        int slot = now + delay - slots;
        return slot + (slots & (slot >> 31));
    }
}
