package org.ratenet.spiking.engine;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

import org.ratenet.api.dynamics.StateArrays;
import org.ratenet.api.model.SpikeTimingRule;

/**
 * The per-neuron side of one plastic projection, as one engine thread keeps it (every thread holds an identical copy of
 * the presynaptic part; postsynaptic histories are kept by the thread that owns the neuron): the traces at the current
 * step, each presynaptic neuron's last spike step and its traces just before that spike, and each postsynaptic neuron's
 * recent spikes with its traces just before each. Histories older than the earliest last presynaptic spike are dropped.
 */
final class PlasticState {

    private final SpikeTimingRule rule;
    final double[] pre1;
    final double[] pre2;
    final double[] post1;
    final double[] post2;
    private final int[] lastPreStep;
    private final double[] preBefore1;
    private final double[] preBefore2;
    private final double preDecay1;
    private final double preDecay2;
    private final double postDecay1;
    private final double postDecay2;
    /**
     * For the predicated replay, per index (gap + 1) the factor of the source's trace after its last spike: 0 for a post
     * spike before that spike (index 0), decay^gap after it (index 2 on); index 1, a post spike in the same step, takes
     * the trace before the spike instead (see {@link #postEventAt}).
     */
    final double[] replay1;
    private final double[] replay2;
    /** decay^Δ of the presynaptic traces for Δ < {@link #POWERS} steps. */
    private final double[] prePowers1;
    private final double[] prePowers2;
    private static final int POWERS = 1 << 14;
    /** The step of a padding entry: before any presynaptic spike, so never replayed. */
    private static final int NEVER = Integer.MIN_VALUE / 4;
    /** Entries every history keeps, so that {@link #postEventAt} reads a target's last two without checking the count. */
    private static final int PADDING = 3;
    /**
     * Per postsynaptic neuron i: spike steps and post traces just before each, entries [i cap, i cap + count[i]), in one
     * flat array each so that a synapse's catch-up reads one short contiguous run; cap doubles when a neuron needs more.
     */
    private int cap = 8;
    private int[] historySteps;
    private double[] historyPost1;
    private double[] historyPost2;
    private final int[] historyCount;
    /**
     * Each target's last two postsynaptic spike steps in one long, so that a synapse's catch-up needs one independent read
     * instead of the history's count and then its entries: the newest in the low 32 bits, the one before in the high 32
     * bits ({@link #NEVER} while there is none). See {@link #newest} and {@link #second}.
     */
    final long[] recent;
    /**
     * Each target's third newest postsynaptic spike step ({@link #NEVER} while there is none): read only for a synapse
     * whose target fired twice or more since the source's last spike, to see whether it fired three times (rare; such a
     * synapse takes the general catch-up).
     */
    final int[] third;
    /**
     * Whether the rule has one presynaptic and one postsynaptic trace and keeps a history whose post events read no
     * postsynaptic trace (pair STDP in all its variants): the shape of {@link PlasticDelivery}'s loop for it.
     */
    final boolean singleTraces;
    /** Whether postsynaptic spikes are kept (the rule changes weights at them). */
    boolean keepsHistory() {
        return historyCount.length > 0;
    }

    /** The presynaptic values of the spike being delivered (see {@link #presynaptic}); this thread's own. */
    final double[] presynapticScratch = new double[5];

    PlasticState(PlasticSynapses synapses, double dtMs) {
        this.rule = synapses.rule;
        int sources = synapses.sourceSize;
        int targets = synapses.targetSize;
        pre1 = new double[sources];
        pre2 = new double[rule.preTraceCount() > 1 ? sources : 0];
        post1 = new double[rule.postTraceCount() > 0 ? targets : 0];
        post2 = new double[rule.postTraceCount() > 1 ? targets : 0];
        lastPreStep = new int[sources];
        Arrays.fill(lastPreStep, -1);
        preBefore1 = new double[sources];
        preBefore2 = new double[pre2.length];
        preDecay1 = Math.exp(-dtMs / rule.preTraceTauMs(0));
        preDecay2 = rule.preTraceCount() > 1 ? Math.exp(-dtMs / rule.preTraceTauMs(1)) : 0;
        postDecay1 = rule.postTraceCount() > 0 ? Math.exp(-dtMs / rule.postTraceTauMs(0)) : 0;
        postDecay2 = rule.postTraceCount() > 1 ? Math.exp(-dtMs / rule.postTraceTauMs(1)) : 0;
        prePowers1 = powers(preDecay1);
        prePowers2 = pre2.length == 0 ? new double[0] : powers(preDecay2);
        replay1 = replayFactors(prePowers1);
        replay2 = replayFactors(prePowers2);
        boolean history = rule.updatesOnPost();
        historyCount = new int[history ? targets : 0];
        historySteps = new int[historyCount.length * cap];
        boolean keepTraces = rule.onPostReadsPostTraces();
        historyPost1 = new double[post1.length == 0 || !keepTraces ? 0 : historyCount.length * cap];
        historyPost2 = new double[post2.length == 0 || !keepTraces ? 0 : historyCount.length * cap];
        for (int i = 0; i < historyCount.length; i++) { // every history starts with PADDING entries that no spike needs
            for (int h = 0; h < PADDING; h++) {
                historySteps[i * cap + h] = NEVER;
            }
            historyCount[i] = PADDING;
        }
        recent = new long[historyCount.length];
        third = new int[historyCount.length];
        Arrays.fill(recent, packRecent(NEVER, NEVER));
        Arrays.fill(third, NEVER);
        singleTraces = history && pre2.length == 0 && post1.length > 0 && post2.length == 0 && historyPost1.length == 0;
    }

    /**
     * The weight of synapse j → i (target-local i) brought up to step k: the postsynaptic spikes of i since j's last
     * spike, each with j's traces at that time; {@code w} is the stored weight. The presynaptic side is prepared once per
     * spike by {@link #presynaptic}, into {@code pre} (last step, traces before and after that spike).
     */
    double catchUp(double w, int i, int k, double[] pre) {
        int n = historyCount.length == 0 ? 0 : historyCount[i];
        int last = (int) pre[0];
        int base = i * cap;
        if (n == 0 || last < 0 || historySteps[base + n - 1] < last) {
            return w; // nothing since j's last spike (or j never fired: its traces are 0 and post events change nothing)
        }
        return replay(w, base, n, k, pre);
    }

    /** Applies the history entries of one target from the presynaptic neuron's last spike on, in time order. */
    private double replay(double w, int base, int n, int k, double[] pre) {
        int last = (int) pre[0];
        int from = base + n;
        while (from > base && historySteps[from - 1] >= last) {
            from--;
        }
        for (int h = from; h < base + n && historySteps[h] < k; h++) {
            w = postEvent(w, h, historySteps[h] - last, pre);
        }
        return w;
    }

    /** Whether the replay table reaches every post spike between a source's last spike, at step {@code last}, and step k. */
    boolean replaysByTable(int last, int k) {
        return k - last < POWERS;
    }

    /**
     * {@link #postEvent} without branches, for the entry {@code back} places before target i's newest, {@code gap} steps
     * after the source's last spike (gap + 1 < {@link #POWERS}, see {@link #replaysByTable}), with the source's traces
     * before and after that spike: an entry before the spike (gap < 0) gives presynaptic traces 0, which leave the weight
     * unchanged (the {@link SpikeTimingRule#onPost} contract).
     */
    double postEventAt(double w, int i, int back, int gap, double before1, double before2, double after1, double after2) {
        int index = gap + 1; // 0: before the source's last spike (any gap < 0); 1: in its step; g + 1: g steps after it
        index &= ~(index >> 31); // max(index, 0) without a branch or a constant to hold
        double x1 = index == 1 ? before1 : after1 * replay1[index];
        double x2 = replay2.length == 0 ? 0 : index == 1 ? before2 : after2 * replay2[index];
        if (historyPost1.length == 0) {
            return rule.onPost(w, x1, x2, 0, 0);
        }
        int h = i * cap + historyCount[i] - 1 - back;
        return rule.onPost(w, x1, x2, historyPost1[h], historyPost2.length == 0 ? 0 : historyPost2[h]);
    }

    /** The weight after history entry h of a target, {@code gap} steps after the source's last spike. */
    double postEvent(double w, int h, int gap, double[] pre) {
        double x1 = gap == 0 ? pre[1] : pre[3] * (gap < POWERS ? prePowers1[gap] : Math.pow(preDecay1, gap));
        double x2 = prePowers2.length == 0 ? 0 : gap == 0 ? pre[2] : pre[4] * (gap < POWERS ? prePowers2[gap] : Math.pow(preDecay2, gap));
        return rule.onPost(w, x1, x2, historyPost1.length == 0 ? 0 : historyPost1[h], historyPost2.length == 0 ? 0 : historyPost2[h]);
    }

    /**
     * Fills {@code out} with source j's last spike step and its traces just before and after it: {last, before1,
     * before2, after1, after2} (a post spike in the step of that spike pairs only with earlier ones, so it sees
     * "before").
     */
    void presynaptic(int j, double[] out) {
        out[0] = lastPreStep[j];
        out[1] = preBefore1[j];
        out[2] = pre2.length == 0 ? 0 : preBefore2[j];
        out[3] = rule.preTraceAfterSpike(0, preBefore1[j]);
        out[4] = pre2.length == 0 ? 0 : rule.preTraceAfterSpike(1, preBefore2[j]);
    }

    /** Source j spiked at step k: remember its traces before, then apply the spike. */
    void preSpike(int j, int k) {
        preBefore1[j] = pre1[j];
        pre1[j] = rule.preTraceAfterSpike(0, pre1[j]);
        if (pre2.length > 0) {
            preBefore2[j] = pre2[j];
            pre2[j] = rule.preTraceAfterSpike(1, pre2[j]);
        }
        lastPreStep[j] = k;
    }

    /** Target-local i spiked at step k: record it (with the traces before) if this thread keeps its history, apply it. */
    void postSpike(int i, int k, boolean keepHistory) {
        double before1 = post1.length == 0 ? 0 : post1[i];
        double before2 = post2.length == 0 ? 0 : post2[i];
        if (keepHistory && historyCount.length > 0) {
            append(i, k, before1, before2);
        }
        if (post1.length > 0) {
            post1[i] = rule.postTraceAfterSpike(0, before1);
        }
        if (post2.length > 0) {
            post2[i] = rule.postTraceAfterSpike(1, before2);
        }
    }

    private void append(int i, int k, double before1, double before2) {
        int n = historyCount[i];
        if (n == cap) {
            grow();
        }
        int at = i * cap + n;
        historySteps[at] = k;
        if (historyPost1.length > 0) {
            historyPost1[at] = before1;
        }
        if (historyPost2.length > 0) {
            historyPost2[at] = before2;
        }
        historyCount[i] = n + 1;
        long old = recent[i];
        third[i] = second(old);
        recent[i] = packRecent(k, newest(old));
    }

    /** The newest step packed in an entry of {@link #recent}. */
    static int newest(long recentSteps) {
        return (int) recentSteps;
    }

    /** The step before the newest packed in an entry of {@link #recent}. */
    static int second(long recentSteps) {
        return (int) (recentSteps >>> 32);
    }

    private static long packRecent(int newest, int second) {
        return (newest & 0xFFFF_FFFFL) | (long) second << 32;
    }

    /** Doubles every neuron's history capacity. */
    private void grow() {
        int wider = 2 * cap;
        int[] steps = new int[historyCount.length * wider];
        double[] o1 = new double[historyPost1.length == 0 ? 0 : steps.length];
        double[] o2 = new double[historyPost2.length == 0 ? 0 : steps.length];
        for (int i = 0; i < historyCount.length; i++) {
            System.arraycopy(historySteps, i * cap, steps, i * wider, historyCount[i]);
            if (o1.length > 0) {
                System.arraycopy(historyPost1, i * cap, o1, i * wider, historyCount[i]);
            }
            if (o2.length > 0) {
                System.arraycopy(historyPost2, i * cap, o2, i * wider, historyCount[i]);
            }
        }
        historySteps = steps;
        historyPost1 = o1;
        historyPost2 = o2;
        cap = wider;
    }

    /** Drops the history entries of targets [from, to) that no synapse can need: older than every source's last spike. */
    void prune(int from, int to) {
        if (historyCount.length == 0) {
            return;
        }
        int oldest = Integer.MAX_VALUE;
        for (int last : lastPreStep) {
            oldest = Math.min(oldest, last);
        }
        if (oldest < 0) {
            return; // a source that never fired still needs everything
        }
        for (int i = from; i < to; i++) {
            int n = historyCount[i];
            int base = i * cap;
            int drop = 0;
            while (drop < n - PADDING && historySteps[base + drop] < oldest) {
                drop++;
            }
            if (drop > 0) {
                System.arraycopy(historySteps, base + drop, historySteps, base, n - drop);
                if (historyPost1.length > 0) {
                    System.arraycopy(historyPost1, base + drop, historyPost1, base, n - drop);
                }
                if (historyPost2.length > 0) {
                    System.arraycopy(historyPost2, base + drop, historyPost2, base, n - drop);
                }
                historyCount[i] = n - drop;
            }
        }
    }

    private static double[] replayFactors(double[] powers) {
        if (powers.length == 0) {
            return powers;
        }
        double[] f = new double[POWERS];
        for (int gap = 1; gap + 1 < POWERS; gap++) {
            f[gap + 1] = powers[gap];
        }
        return f;
    }

    private static double[] powers(double decay) {
        double[] p = new double[POWERS];
        for (int d = 0; d < POWERS; d++) {
            p[d] = Math.pow(decay, d);
        }
        return p;
    }

    /** Every trace one step on. */
    void decay() {
        scale(pre1, preDecay1);
        scale(pre2, preDecay2);
        scale(post1, postDecay1);
        scale(post2, postDecay2);
    }

    private static void scale(double[] x, double factor) {
        for (int i = 0; i < x.length; i++) {
            x[i] *= factor;
        }
    }

    /** Writes the presynaptic state and traces, and the histories of targets [from, to). */
    void write(DataOutput out) throws IOException {
        StateArrays.write(out, pre1, pre2, post1, post2, preBefore1, preBefore2);
        StateArrays.write(out, lastPreStep);
    }

    void read(DataInput in) throws IOException {
        StateArrays.read(in, pre1, pre2, post1, post2, preBefore1, preBefore2);
        StateArrays.read(in, lastPreStep);
    }

    void writeHistory(DataOutput out, int i) throws IOException {
        int n = historyCount.length == 0 ? 0 : historyCount[i];
        out.writeInt(n);
        for (int h = i * cap; h < i * cap + n; h++) {
            out.writeInt(historySteps[h]);
            out.writeDouble(historyPost1.length == 0 ? 0 : historyPost1[h]);
            out.writeDouble(historyPost2.length == 0 ? 0 : historyPost2[h]);
        }
    }

    void readHistory(DataInput in, int i) throws IOException {
        int n = in.readInt();
        if (historyCount.length > 0) {
            historyCount[i] = 0;
            recent[i] = packRecent(NEVER, NEVER);
            third[i] = NEVER;
        }
        for (int h = 0; h < n; h++) {
            int k = in.readInt();
            double o1 = in.readDouble();
            double o2 = in.readDouble();
            if (historyCount.length > 0) {
                append(i, k, o1, o2);
            }
        }
    }

    void copyFrom(PlasticState other) {
        System.arraycopy(other.pre1, 0, pre1, 0, pre1.length);
        System.arraycopy(other.pre2, 0, pre2, 0, pre2.length);
        System.arraycopy(other.post1, 0, post1, 0, post1.length);
        System.arraycopy(other.post2, 0, post2, 0, post2.length);
        System.arraycopy(other.preBefore1, 0, preBefore1, 0, preBefore1.length);
        System.arraycopy(other.preBefore2, 0, preBefore2, 0, preBefore2.length);
        System.arraycopy(other.lastPreStep, 0, lastPreStep, 0, lastPreStep.length);
    }
}
