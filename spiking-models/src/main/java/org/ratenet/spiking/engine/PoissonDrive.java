package org.ratenet.spiking.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

import org.ratenet.api.dynamics.PoissonInput;
import org.ratenet.api.dynamics.SynapticInput;
import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;

/**
 * The external Poisson drive of one population: every step each neuron draws its count of input spikes, Poisson of
 * mean λ = rate · dt, from its own stream, and its input channel receives count × jump. Counts come by inversion of
 * the cumulative distribution tabulated once in 63-bit fixed point, T[k] = ⌊P(X ≤ k) 2⁶³⌋, count = min{k : u &lt; T[k]}
 * for the top 63 bits u of one 64-bit output (Devroye 1986, ch. III.2; exact to 2⁻⁶³ per probability), with a guide
 * table (Chen and Asau 1974) over the top 12 bits of u that gives the count directly unless a threshold falls inside
 * that twelfth-bit bucket (for λ = 2 in 12 of 4096 buckets), where a short search finishes it. No floating point and
 * almost no branches in the draw: one generator step, one table load, one add per neuron-step.
 */
public final class PoissonDrive implements PoissonInput {

    private static final int GUIDE_BITS = 12;

    private final NeuronStreams streams;
    private final double jump;
    private final int channel;
    private final long[] thresholds;
    /** The count of each top-12-bit bucket when the whole bucket has one count, otherwise −1 − (the bucket's first count). */
    private final int[] guide;
    private final long startStep;
    private final long stopStep;

    /**
     * @param mean λ, the expected count per neuron and step, in [0, 1000]
     * @param jump what one input spike adds to the channel (mV, pA or nS)
     * @param firstNeuron the global index of the population's first neuron: neuron i draws from the stream
     *                    {@code SeedSequence.of(seed, 2, firstNeuron + i)} (with {@code index} appended for the
     *                    population's further drives, index >= 1)
     */
    public PoissonDrive(double mean, double jump, int channel, long seed, int firstNeuron, int size) {
        this(mean, jump, channel, seed, firstNeuron, size, 0, 0, Long.MAX_VALUE);
    }

    /** A drive that is on in steps [startStep, stopStep) only. */
    public PoissonDrive(double mean, double jump, int channel, long seed, int firstNeuron, int size, int index, long startStep,
                        long stopStep) {
        Require.nonNegative("mean", mean, "");
        if (mean > 1000) {
            throw new InvalidParameterException("Poisson drive per step", mean, "<= 1000 inputs per neuron and step (use a shorter dt)");
        }
        this.streams = new NeuronStreams(seed, SpikingNetwork.DRIVE_STREAMS, firstNeuron, size, index);
        this.startStep = startStep;
        this.stopStep = stopStep;
        this.jump = jump;
        this.channel = channel;
        int kMax = (int) Math.ceil(mean + 12 * Math.sqrt(mean) + 20);
        thresholds = new long[kMax + 1];
        double p = Math.exp(-mean);
        double sum = 0;
        for (int k = 0; k <= kMax; k++) {
            sum += p;
            thresholds[k] = sum >= 1 ? Long.MAX_VALUE : (long) (sum * 0x1.0p63);
            p *= mean / (k + 1);
        }
        thresholds[kMax] = Long.MAX_VALUE; // the remaining tail (< 1e-16) goes to the last count
        guide = new int[1 << GUIDE_BITS];
        int shift = 63 - GUIDE_BITS;
        for (int b = 0; b < guide.length; b++) {
            int first = count(((long) b) << shift, 0);
            int last = count(((((long) b + 1) << shift) - 1), first);
            guide[b] = first == last ? first : -1 - first;
        }
    }

    /** A drive of {@code size} neurons like {@code whole}, whose streams are copied in before use ({@link #copyTo}). */
    private PoissonDrive(PoissonDrive whole, int size) {
        this.streams = new NeuronStreams(size);
        this.jump = whole.jump;
        this.channel = whole.channel;
        this.thresholds = whole.thresholds;
        this.guide = whole.guide;
        this.startStep = whole.startStep;
        this.stopStep = whole.stopStep;
    }

    /**
     * The drive of a part of {@code size} of this drive's neurons, with streams of its own (the same numbers once
     * {@link #copyTo} has copied them in), for a thread that updates only that part.
     */
    PoissonDrive part(int size) {
        return new PoissonDrive(this, size);
    }

    /** Copies the streams of neurons [from, from + length) into neurons [to, to + length) of {@code target} (a part or the whole). */
    void copyTo(int from, PoissonDrive target, int to, int length) {
        streams.copyTo(from, target.streams, to, length);
    }

    /** The count of the 63-bit uniform u: the first k with u < T[k] (the last count for the tail), searching from {@code k}. */
    private int count(long u, int k) {
        int last = thresholds.length - 1;
        while (k < last && thresholds[k] <= u) {
            k++;
        }
        return k;
    }

    @Override
    public int channel() {
        return channel;
    }

    @Override
    public double jump() {
        return jump;
    }

    /** Whether the drive is on in step k. */
    boolean activeAt(long k) {
        return k >= startStep && k < stopStep;
    }

    /** Draws the counts of local neurons [from, to) and adds count × jump to {@code input[base + i]}. */
    public void add(int from, int to, double[] input, int base) {
        int shift = 63 - GUIDE_BITS;
        for (int i = from; i < to; i++) {
            long u = streams.nextLong(i) >>> 1;
            int k = guide[(int) (u >>> shift)];
            if (k < 0) {
                k = count(u, -1 - k);
            }
            input[base + i] += k * jump;
        }
    }

    @Override
    public void addTo(int from, int to, SynapticInput input) {
        add(from, to, input.buffer(), input.offset(channel));
    }

    /** One count from neuron i's stream. */
    @Override
    public int count(int i) {
        long u = streams.nextLong(i) >>> 1;
        int k = guide[(int) (u >>> (63 - GUIDE_BITS))];
        return k < 0 ? count(u, -1 - k) : k;
    }

    void write(DataOutputStream out) throws IOException {
        streams.write(out);
    }

    void read(DataInputStream in) throws IOException {
        streams.read(in);
    }
}
