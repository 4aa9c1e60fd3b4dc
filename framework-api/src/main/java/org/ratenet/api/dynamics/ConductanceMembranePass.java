package org.ratenet.api.dynamics;

/**
 * One step of a linear membrane with conductance synapses, for a range of neurons, as one pass over arrays:
 * <pre>
 *   C dV/dt = −g_L (V − E_L) − Σ_c g_c (V − E_c) + I_e,     g_c ← g_c e^{−dt/τ_c} + (arrivals in the step),
 * </pre>
 * with every g_c frozen at its midpoint value g_c e^{−dt/2τ_c}, which makes V's equation linear, integrated exactly
 * (local error O(dt³), as in {@code LifDynamics}): with G = g_L + Σ g_c(mid), D = g_L E_L + I_e + Σ g_c(mid) E_c and
 * y = dt G/C, V ← V e^{−y} + (dt/C) D φ(y) + (PSP jump) ({@link ExponentialRelaxation}). Every neuron of the range is
 * advanced: a model with refractoriness holds its refractory neurons afterwards, in its own pass (the LIF sets V back
 * to V_reset, dropping their jumps), which keeps this pass free of masks. The pass reads and zeroes the input slots of
 * every conductance channel and of the jump channel 0.
 * <p>
 * The pass runs on the Vector API where it is present ({@link VectorSupport}) and as a scalar loop otherwise, with the
 * same bits either way. Threshold, reset and refractoriness are a second pass ({@link ThresholdPass}), which
 * {@link #advanceAndFire} fuses into the same loop for the usual two channels. Any model with such a membrane may use
 * it (the built-in LIF and conductance LIFs written as equations do).
 */
public final class ConductanceMembranePass {

    private final double[][] conductances;
    private final int[] channelIndex;
    private final double[] halfDecay;
    private final double[] halfDecayTimesReversal;
    private final double[] decay;
    private final double leakNs;
    private final double leakDrive;
    private final double dtOverC;
    private final boolean vectorised;
    /** G and D of each neuron in the current step; threads work on disjoint ranges, so sharing them is race-free. */
    private final double[] total;
    private final double[] driven;
    /** The blocks of lanes the fused vector loop leaves to scalar code, per neuron range (race-free like the sums). */
    private final int[] deferred;

    /**
     * @param size the number of neurons of the population
     * @param channels the population's synaptic channels: conductance channels only (besides the jump channel 0)
     * @param leakNs g_L (nS)
     * @param restingMv E_L (mV)
     * @param currentPa I_e, the constant current (pA)
     * @param capacitancePf C_m (pF)
     * @param dtMs the step (ms)
     */
    public ConductanceMembranePass(int size, SynapticChannels channels, double leakNs, double restingMv, double currentPa, double capacitancePf,
                                   double dtMs) {
        this(size, channels, leakNs, leakNs * restingMv + currentPa, dtMs / capacitancePf);
    }

    /**
     * The pass from its three numbers: g_L (nS), g_L E_L + I_e (nS·mV) and dt/C_m (1/nS), e.g. as read off a model's
     * equation.
     */
    public ConductanceMembranePass(int size, SynapticChannels channels, double leakNs, double leakDrive, double dtOverC) {
        if (channels.anyCurrent()) {
            throw new IllegalArgumentException("a conductance membrane pass takes conductance channels only; this population has current channels");
        }
        int n = channels.count() - 1;
        this.conductances = new double[n][];
        this.channelIndex = new int[n];
        this.halfDecay = new double[n];
        this.halfDecayTimesReversal = new double[n];
        this.decay = new double[n];
        for (int c = 1; c <= n; c++) {
            conductances[c - 1] = channels.values(c);
            channelIndex[c - 1] = c;
            halfDecay[c - 1] = channels.halfStepDecay(c);
            halfDecayTimesReversal[c - 1] = channels.halfStepDecay(c) * channels.reversalMv(c);
            decay[c - 1] = channels.decay(c);
        }
        this.leakNs = leakNs;
        this.leakDrive = leakDrive;
        this.dtOverC = dtOverC;
        this.vectorised = VectorSupport.available();
        this.total = new double[size];
        this.driven = new double[size];
        this.deferred = new int[size];
    }

    /**
     * Advances neurons [from, to) by one step with the input of {@code input} (see the class comment). Thread-safe for
     * disjoint ranges; allocates nothing.
     */
    public void advance(int from, int to, double[] voltage, SynapticInput input) {
        advance(from, to, voltage, input, vectorised && VectorSupport.ready());
    }

    /**
     * This pass and then {@code thresholds} over neurons [from, to) ({@link ThresholdPass#apply}, whose result this
     * returns), fused into one loop where the vector form allows it: the same result as the two calls.
     */
    public int advanceAndFire(int from, int to, long step, double[] voltage, int[] refractory, int[] fired, SynapticInput input,
                              ThresholdPass thresholds) {
        return advanceAndFire(from, to, step, voltage, refractory, fired, input, thresholds, vectorised && VectorSupport.ready());
    }

    /** {@link #advanceAndFire} in the given form; for tests. */
    int advanceAndFire(int from, int to, long step, double[] voltage, int[] refractory, int[] fired, SynapticInput input, ThresholdPass thresholds,
                       boolean vector) {
        if (vector && conductances.length == 2) {
            return VectorConductanceKernel.advanceTwoChannelsAndFire(from, to, step, voltage, refractory, fired, deferred, thresholds, input.buffer(),
                    input.offset(0), conductances[0], input.offset(channelIndex[0]), conductances[1], input.offset(channelIndex[1]), halfDecay,
                    halfDecayTimesReversal, decay, leakNs, leakDrive, dtOverC, total, driven);
        }
        advance(from, to, voltage, input, vector);
        return thresholds.apply(from, to, step, voltage, refractory, fired, vector);
    }

    /** The pass in the given form (the vector one only where {@link VectorSupport#available()}); for tests and benchmarks. */
    void advance(int from, int to, double[] voltage, SynapticInput input, boolean vector) {
        double[] in = input.buffer();
        for (int c = 0; c < conductances.length; c++) {
            int arrivals = input.offset(channelIndex[c]);
            if (vector) {
                VectorConductanceKernel.sumAndAdvanceChannel(from, to, conductances[c], in, arrivals, c == 0, total, driven, halfDecay[c],
                        halfDecayTimesReversal[c], decay[c], leakNs, leakDrive);
            } else {
                sumAndAdvanceChannelScalar(from, to, conductances[c], in, arrivals, c == 0, total, driven, halfDecay[c],
                        halfDecayTimesReversal[c], decay[c], leakNs, leakDrive);
            }
        }
        if (conductances.length == 0) {
            java.util.Arrays.fill(total, from, to, leakNs);
            java.util.Arrays.fill(driven, from, to, leakDrive);
        }
        if (vector) {
            VectorConductanceKernel.stepMembrane(from, to, voltage, in, input.offset(0), total, driven, dtOverC);
        } else {
            stepMembraneScalar(from, to, voltage, in, input.offset(0), total, driven, dtOverC);
        }
    }

    /**
     * Channel c's midpoint value g e^{−dt/2τ} into G and G·E of neurons [from, to) (the first channel starts the sums
     * from g_L and g_L E_L + I_e), then g ← g e^{−dt/τ} + arrivals, the arrivals zeroed.
     */
    static void sumAndAdvanceChannelScalar(int from, int to, double[] x, double[] in, int arrivals, boolean first, double[] total,
                                           double[] driven, double halfDecay, double halfDecayTimesReversal, double decay, double leakNs,
                                           double leakDrive) {
        // loops over index i alone, so that the compiler may vectorise them (in and x might be one array to it)
        if (first) {
            for (int i = from; i < to; i++) {
                total[i] = leakNs + x[i] * halfDecay;
                driven[i] = leakDrive + x[i] * halfDecayTimesReversal;
            }
        } else {
            for (int i = from; i < to; i++) {
                total[i] = total[i] + x[i] * halfDecay;
                driven[i] = driven[i] + x[i] * halfDecayTimesReversal;
            }
        }
        for (int i = from; i < to; i++) {
            x[i] = x[i] * decay + in[arrivals + i];
        }
        java.util.Arrays.fill(in, arrivals + from, arrivals + to, 0);
    }

    /**
     * V ← V e^{−y} + (dt/C) D φ(y) + jump for the neurons of [from, to); the jumps zeroed. Branch-free (so that the
     * compiler may vectorise it) unless some y is beyond the polynomial's range.
     */
    static void stepMembraneScalar(int from, int to, double[] voltage, double[] in, int jumps, double[] total, double[] driven, double dtOverC) {
        boolean inRange = true;
        for (int i = from; i < to; i++) {
            inRange &= total[i] * dtOverC <= ExponentialRelaxation.POLYNOMIAL_RANGE;
        }
        if (inRange) { // over index i alone, so that the compiler may vectorise it; then the jumps (the same sums)
            for (int i = from; i < to; i++) {
                double y = total[i] * dtOverC;
                double p = ExponentialRelaxation.phiPolynomial(y);
                double e = 1 - y * p;
                voltage[i] = voltage[i] * e + driven[i] * dtOverC * p;
            }
            for (int i = from; i < to; i++) {
                voltage[i] += in[jumps + i];
            }
        } else {
            for (int i = from; i < to; i++) {
                double y = total[i] * dtOverC;
                if (y <= ExponentialRelaxation.POLYNOMIAL_RANGE) {
                    double p = ExponentialRelaxation.phiPolynomial(y);
                    double e = 1 - y * p;
                    voltage[i] = voltage[i] * e + driven[i] * dtOverC * p + in[jumps + i];
                } else {
                    voltage[i] = voltage[i] * Math.exp(-y) + driven[i] * dtOverC * (-Math.expm1(-y) / y) + in[jumps + i];
                }
            }
        }
        java.util.Arrays.fill(in, jumps + from, jumps + to, 0);
    }
}
