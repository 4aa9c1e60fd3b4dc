package org.ratenet.spiking.engine;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

import org.ratenet.api.dynamics.StateArrays;
import org.ratenet.api.model.SpikeTimingRule;

/**
 * The plastic state of one projection under a {@link SpikeTimingRule}: one float weight per synapse in CSR order, in
 * units of the projection's nominal weight (transmitted as nominal × relative), and — when postsynaptic spikes change
 * weights — each target's incoming synapses as CSR indices. A synapse's source is found from its CSR index through a
 * coarse table of the row at every 2^b-th index (b chosen so a block spans about one row), so a plastic synapse costs
 * 4 bytes of target, 4 of weight and 4 of incoming index: 12 bytes. Traces live per neuron in {@link PlasticTraces}.
 */
final class PlasticSynapses {

    final SpikeTimingRule rule;
    final double nominalWeight;
    final float[] weights;
    /** Incoming CSR indices of target-local neuron i: inIndex[inStart[i] .. inStart[i+1]); null without post updates. */
    final int[] inStart;
    final int[] inIndex;
    private final int[] rowStart;
    private final int[] rowOfBlock;
    private final int blockShift;
    final int sourceSize;
    final int targetOffset;
    final int targetSize;

    PlasticSynapses(SpikeTimingRule rule, double nominalWeight, int[] rowStart, int[] targets, int targetOffset, int targetSize) {
        this.rule = rule;
        this.nominalWeight = nominalWeight;
        this.rowStart = rowStart;
        this.sourceSize = rowStart.length - 1;
        this.targetOffset = targetOffset;
        this.targetSize = targetSize;
        int n = targets.length;
        this.weights = new float[n];
        java.util.Arrays.fill(weights, 1f);
        if (rule.updatesOnPost()) {
            inStart = new int[targetSize + 1];
            for (int t : targets) {
                inStart[t - targetOffset + 1]++;
            }
            for (int i = 0; i < targetSize; i++) {
                inStart[i + 1] += inStart[i];
            }
            inIndex = new int[n];
            int[] fill = java.util.Arrays.copyOf(inStart, targetSize);
            for (int e = 0; e < n; e++) { // ascending e: each incoming list is sorted
                inIndex[fill[targets[e] - targetOffset]++] = e;
            }
        } else {
            inStart = null;
            inIndex = null;
        }
        long meanRow = Math.max(1, n / Math.max(1, sourceSize));
        this.blockShift = 63 - Long.numberOfLeadingZeros(meanRow);
        this.rowOfBlock = new int[(n >>> blockShift) + 1];
        int j = 0;
        for (int b = 0; b < rowOfBlock.length; b++) {
            int e = b << blockShift;
            while (j < sourceSize - 1 && rowStart[j + 1] <= e) {
                j++;
            }
            rowOfBlock[b] = j;
        }
    }

    /** The source (local index) of CSR synapse e. */
    int sourceOf(int e) {
        int j = rowOfBlock[e >>> blockShift];
        while (rowStart[j + 1] <= e) {
            j++;
        }
        return j;
    }

    /** Bytes per synapse of the plastic state: the weight and, with post updates, the incoming index. */
    long bytes() {
        return 4L * weights.length + (inIndex == null ? 0 : 4L * inIndex.length + 4L * inStart.length) + 4L * rowOfBlock.length;
    }

    void write(DataOutput out) throws IOException {
        for (float w : weights) {
            out.writeFloat(w);
        }
    }

    void read(DataInput in) throws IOException {
        for (int e = 0; e < weights.length; e++) {
            weights[e] = in.readFloat();
        }
    }

    /** Per-neuron traces of this projection's rule, as each thread keeps its own identical copy. */
    PlasticTraces newTraces(double dtMs) {
        return new PlasticTraces(rule, sourceSize, targetSize, dtMs);
    }

    /** The per-neuron traces of one plastic projection (one copy per engine thread, all equal). */
    static final class PlasticTraces {
        final double[] pre1;
        final double[] pre2;
        final double[] post1;
        final double[] post2;
        private final double preDecay1;
        private final double preDecay2;
        private final double postDecay1;
        private final double postDecay2;
        private final SpikeTimingRule rule;

        PlasticTraces(SpikeTimingRule rule, int sources, int targets, double dtMs) {
            this.rule = rule;
            pre1 = new double[sources];
            pre2 = new double[rule.preTraceCount() > 1 ? sources : 0];
            post1 = new double[rule.postTraceCount() > 0 ? targets : 0];
            post2 = new double[rule.postTraceCount() > 1 ? targets : 0];
            preDecay1 = Math.exp(-dtMs / rule.preTraceTauMs(0));
            preDecay2 = rule.preTraceCount() > 1 ? Math.exp(-dtMs / rule.preTraceTauMs(1)) : 0;
            postDecay1 = rule.postTraceCount() > 0 ? Math.exp(-dtMs / rule.postTraceTauMs(0)) : 0;
            postDecay2 = rule.postTraceCount() > 1 ? Math.exp(-dtMs / rule.postTraceTauMs(1)) : 0;
        }

        double pre1(int j) {
            return pre1[j];
        }

        double pre2(int j) {
            return pre2.length == 0 ? 0 : pre2[j];
        }

        double post1(int i) {
            return post1.length == 0 ? 0 : post1[i];
        }

        double post2(int i) {
            return post2.length == 0 ? 0 : post2[i];
        }

        void preSpike(int j) {
            pre1[j] = rule.preTraceAfterSpike(0, pre1[j]);
            if (pre2.length > 0) {
                pre2[j] = rule.preTraceAfterSpike(1, pre2[j]);
            }
        }

        void postSpike(int i) {
            if (post1.length > 0) {
                post1[i] = rule.postTraceAfterSpike(0, post1[i]);
            }
            if (post2.length > 0) {
                post2[i] = rule.postTraceAfterSpike(1, post2[i]);
            }
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

        void write(DataOutput out) throws IOException {
            StateArrays.write(out, pre1, pre2, post1, post2);
        }

        void read(DataInput in) throws IOException {
            StateArrays.read(in, pre1, pre2, post1, post2);
        }

        void copyFrom(PlasticTraces other) {
            System.arraycopy(other.pre1, 0, pre1, 0, pre1.length);
            System.arraycopy(other.pre2, 0, pre2, 0, pre2.length);
            System.arraycopy(other.post1, 0, post1, 0, post1.length);
            System.arraycopy(other.post2, 0, post2, 0, post2.length);
        }
    }
}
