package org.ratenet.spiking.engine;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.ratenet.api.model.SpikeTimingRule;

/**
 * The plastic projections of an engine: each thread's copy of their spike traces and post-spike histories, the
 * transmission of a presynaptic spike through plastic synapses (each synapse first catches up with its target's spikes
 * since the source's previous spike, then takes the presynaptic event, then is transmitted), the traces' advance step
 * by step, and their part of a checkpoint. Every synapse is written only by the thread of its target (see
 * {@link PlasticSynapses}).
 */
final class PlasticDelivery {

    private final SpikingNetwork net;
    private final int[] blockStart;
    private final InputRings rings;
    private final int slots;
    /** The plastic projections, each thread's copy of their traces, and each projection's index among them (or -1). */
    private final Projection[] projections;
    private final PlasticState[][] traces;
    private final int[] indexOf;
    /** Steps between two prunings of a block's histories, and the step of each block's last one. */
    static final int PRUNE_INTERVAL_STEPS = 100;
    private final int[] lastPrune;

    PlasticDelivery(SpikingNetwork net, int[] blockStart, InputRings rings) {
        this.net = net;
        this.blockStart = blockStart;
        this.rings = rings;
        this.slots = rings.slots();
        int threads = blockStart.length - 1;
        this.indexOf = new int[net.projections.size()];
        List<Projection> plastic = new ArrayList<>();
        for (int q = 0; q < net.projections.size(); q++) {
            Projection p = net.projections.get(q);
            indexOf[q] = p.plastic() == null ? -1 : plastic.size();
            if (p.plastic() != null) {
                plastic.add(p);
            }
        }
        this.projections = plastic.toArray(Projection[]::new);
        this.traces = new PlasticState[threads][projections.length];
        this.lastPrune = new int[threads];
        for (int t = 0; t < threads; t++) {
            for (int p = 0; p < projections.length; p++) {
                traces[t][p] = new PlasticState(projections[p].plastic(), net.dtMs);
            }
        }
    }

    /**
     * Transmits a presynaptic spike of local neuron j at step k through the plastic synapses [start, end) of projection q,
     * with block t's copy of the traces, into block t's ring ({@code base} and {@code channelBase} as {@link InputRings#base}
     * and {@link InputRings#channelBase} give them). Synapses go through {@link #transmitRun}, a loop without calls, which
     * stops at a synapse that needs the general catch-up (its target fired three or more times since j's previous spike);
     * that synapse goes through {@link #transmitOne}, and the run resumes after it.
     */
    void transmit(int t, int q, int[] targets, int j, int start, int end, int k, short[] delays, int base, int channelBase) {
        double[] ring = rings.ring(t);
        int slotSize = rings.slotSize(t);
        PlasticSynapses plastic = net.projections.get(q).plastic();
        PlasticState state = traces[t][indexOf[q]];
        double[] pre = state.presynapticScratch;
        state.presynaptic(j, pre);
        int last = (int) pre[0];
        boolean history = state.keepsHistory() && last >= 0;
        boolean runs = !history || state.replaysByTable(last, k);
        int e = start;
        while (e < end) {
            if (runs) {
                e = delays != null ? transmitRun(ring, plastic, state, history, targets, j, e, end, channelBase, delays, k % slots, slotSize)
                        : history && state.singleTraces ? transmitRunSingleTraces(ring, plastic, state, targets, j, e, end, base)
                        : transmitRun(ring, plastic, state, history, targets, j, e, end, base, null, 0, 0);
                if (e == end) {
                    break;
                }
            }
            transmitOne(ring, slotSize, plastic, state, history, targets, j, e, k, delays, base, channelBase);
            e++;
        }
    }

    /**
     * Synapses [from, end) of a row, each caught up by the replay of its target's last two spikes, given the presynaptic
     * event and transmitted, until the first synapse whose target fired three or more times since the source's previous
     * spike: returns it, or {@code end}. The newest spike is replayed without a branch (a spike before the source's
     * makes no change); the one before it only when it came after the source's spike, by a branch, which is cheaper than
     * replaying it always (in Brunel's model A it comes after for one synapse in ten). No call in the loop, so that the
     * compiler keeps every array and trace in registers. With the projection's one delay, {@code base} is the arrival
     * slot's start; with per-synapse delays ({@code delays} not null), it is the channel's offset within a slot, and each
     * synapse's slot follows from the current one, {@code now}.
     */
    private int transmitRun(double[] ring, PlasticSynapses plastic, PlasticState state, boolean history, int[] targets, int j, int from,
                            int end, int base, short[] delays, int now, int slotSize) {
        SpikeTimingRule rule = plastic.rule;
        double[] u = plastic.weights;
        double[] pre = state.presynapticScratch;
        int last = (int) pre[0];
        double before1 = pre[1];
        double before2 = pre[2];
        double after1 = pre[3];
        double after2 = pre[4];
        double pre1 = state.pre1[j];
        double pre2 = state.pre2.length == 0 ? 0 : state.pre2[j];
        double[] post1 = state.post1;
        double[] post2 = state.post2;
        double nominal = plastic.nominalWeight;
        int offset = plastic.targetOffset;
        long[] recent = state.recent;
        int[] third = state.third;
        for (int e = from; e < end; e++) {
            int i = targets[e] - offset;
            double w = u[e];
            if (history) {
                long steps = recent[i]; // the target's last two post spike steps (see PlasticState.recent)
                int second = PlasticState.second(steps);
                if (second >= last) { // the target fired twice or more since the source's last spike
                    if (third[i] >= last) { // three times or more
                        return e;
                    }
                    w = state.postEventAt(w, i, 1, second - last, before1, before2, after1, after2);
                }
                w = state.postEventAt(w, i, 0, PlasticState.newest(steps) - last, before1, before2, after1, after2); // no change if before
            }
            double updated = rule.onPre(w, pre1, pre2, post1.length == 0 ? 0 : post1[i], post2.length == 0 ? 0 : post2[i]);
            u[e] = updated;
            int at = delays == null ? base + targets[e] : SpikingEngine.arrivalSlot(now, delays[e], slots) * slotSize + base + targets[e];
            ring[at] += nominal * updated;
        }
        return end;
    }

    /**
     * {@link #transmitRun} for the most common shape: one delay, a history, one presynaptic and one postsynaptic trace,
     * post events that read no postsynaptic trace ({@link PlasticState#singleTraces}). The same operations in the same
     * order, so the same weights to the bit; what the shape leaves out (the second traces, the delays, the traces kept
     * with each post spike) is no longer tested per synapse. Each target's recent spike steps are read two synapses
     * before they are used: the branch on them (taken for one synapse in ten, so often mispredicted) then no longer
     * waits for that read, and a misprediction throws away less work (the STDP run 11 % faster in one JVM,
     * benchmarks/README.md, eleventh round; one synapse ahead gave 9 %, four 7 %).
     */
    private int transmitRunSingleTraces(double[] ring, PlasticSynapses plastic, PlasticState state, int[] targets, int j, int from, int end,
                                        int base) {
        SpikeTimingRule rule = plastic.rule;
        double[] u = plastic.weights;
        double[] pre = state.presynapticScratch;
        int last = (int) pre[0];
        double before1 = pre[1];
        double after1 = pre[3];
        double pre1 = state.pre1[j];
        double[] post1 = state.post1;
        double[] replay = state.replay1;
        double nominal = plastic.nominalWeight;
        int offset = plastic.targetOffset;
        long[] recent = state.recent;
        int[] third = state.third;
        int lastSynapse = end - 1;
        long next = recent[targets[from] - offset];
        long afterNext = recent[targets[Math.min(from + 1, lastSynapse)] - offset];
        for (int e = from; e < end; e++) {
            int target = targets[e];
            int i = target - offset;
            long steps = next; // as in transmitRun, but read two synapses ahead (see the method's comment)
            next = afterNext;
            afterNext = recent[targets[Math.min(e + 2, lastSynapse)] - offset];
            int second = PlasticState.second(steps);
            double w = u[e];
            if (second >= last) { // PlasticState.postEventAt, inlined by hand for each of the two
                if (third[i] >= last) {
                    return e;
                }
                int back = second - last + 1;
                w = rule.onPost(w, back == 1 ? before1 : after1 * replay[back], 0, 0, 0);
            }
            int front = PlasticState.newest(steps) - last + 1;
            front &= ~(front >> 31);
            w = rule.onPost(w, front == 1 ? before1 : after1 * replay[front], 0, 0, 0);
            double updated = rule.onPre(w, pre1, 0, post1[i], 0);
            u[e] = updated;
            ring[base + target] += nominal * updated;
        }
        return end;
    }

    /** Synapse e of a row: the general catch-up with its target's spikes since j's previous spike, the event, the transmission. */
    private void transmitOne(double[] ring, int slotSize, PlasticSynapses plastic, PlasticState state, boolean history, int[] targets, int j,
                             int e, int k, short[] delays, int base, int channelBase) {
        double[] pre = state.presynapticScratch;
        int i = targets[e] - plastic.targetOffset;
        double w = plastic.weights[e];
        if (history) {
            w = state.catchUp(w, i, k, pre);
        }
        double updated = plastic.rule.onPre(w, state.pre1[j], state.pre2.length == 0 ? 0 : state.pre2[j],
                state.post1.length == 0 ? 0 : state.post1[i], state.post2.length == 0 ? 0 : state.post2[i]);
        plastic.weights[e] = updated;
        int at = delays == null ? base + targets[e] : SpikingEngine.arrivalSlot(k % slots, delays[e], slots) * slotSize + channelBase + targets[e];
        ring[at] += plastic.nominalWeight * updated;
    }

    /** Block t's traces of every plastic projection take the spikes of window step s (of every block), then decay one step. */
    void advance(int t, int s, int k, WindowSpikes[] blocks) {
        int lo = blockStart[t];
        int hi = blockStart[t + 1];
        for (int p = 0; p < projections.length; p++) {
            PlasticState state = traces[t][p];
            NeuronPopulation source = net.populations.get(projections[p].sourcePopulation());
            PlasticSynapses plastic = projections[p].plastic();
            for (WindowSpikes spikes : blocks) {
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
    }

    /**
     * Forgets the post-spike history block t no longer needs, after the window that ends before step {@code next}: at most
     * every {@link #PRUNE_INTERVAL_STEPS} steps, since a pass reads every source's last spike (pruning changes only memory,
     * never a weight).
     */
    void prune(int t, int next) {
        if (next - lastPrune[t] < PRUNE_INTERVAL_STEPS) {
            return;
        }
        lastPrune[t] = next;
        int lo = blockStart[t];
        int hi = blockStart[t + 1];
        for (int p = 0; p < projections.length; p++) {
            PlasticSynapses plastic = projections[p].plastic();
            traces[t][p].prune(Math.max(0, lo - plastic.targetOffset), Math.min(plastic.targetSize, hi - plastic.targetOffset));
        }
    }

    /** The weight now of synapse e (source j) of plastic projection q, brought up to {@code step} with its target's history. */
    double weightNow(int q, int j, int e, int step, double[] pre) {
        Projection p = net.projections.get(q);
        traces[0][indexOf[q]].presynaptic(j, pre); // the presynaptic state is the same in every thread's copy
        PlasticState state = traces[blockOf(p.targets().get(e))][indexOf[q]];
        return p.plastic().nominalWeight * state.catchUp(p.plastic().weights[e], p.targets().get(e) - p.plastic().targetOffset, step, pre);
    }

    /** Weights, traces and each target's history (from the thread that keeps it). */
    void write(DataOutput out) throws IOException {
        for (int p = 0; p < projections.length; p++) {
            PlasticSynapses plastic = projections[p].plastic();
            plastic.write(out);
            traces[0][p].write(out);
            for (int i = 0; i < plastic.targetSize; i++) {
                traces[blockOf(plastic.targetOffset + i)][p].writeHistory(out, i);
            }
        }
    }

    /** Reads what {@link #write} wrote, giving every thread the same traces and each its targets' histories. */
    void read(DataInput in) throws IOException {
        for (int p = 0; p < projections.length; p++) {
            PlasticSynapses plastic = projections[p].plastic();
            plastic.read(in);
            traces[0][p].read(in);
            for (int t = 1; t < traces.length; t++) {
                traces[t][p].copyFrom(traces[0][p]);
            }
            for (int i = 0; i < plastic.targetSize; i++) {
                traces[blockOf(plastic.targetOffset + i)][p].readHistory(in, i);
            }
        }
    }

    /** The block (thread) that updates global neuron g. */
    private int blockOf(int g) {
        int t = 0;
        while (blockStart[t + 1] <= g) {
            t++;
        }
        return t;
    }
}
