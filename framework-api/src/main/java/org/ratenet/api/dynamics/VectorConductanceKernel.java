package org.ratenet.api.dynamics;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector form of {@link ConductanceMembranePass}: the same operations in the same order as its scalar pass, lane by
 * lane (multiplications and additions only, no fused multiply-add), so the bits are the same. No vector is carried
 * through a loop's phi or passed to a call (this JDK's compiler would box it): the channels are summed channel by
 * channel into arrays, and a block of lanes with a y beyond the polynomial's range is handed to the scalar step whole.
 * Loaded only when {@link VectorSupport#available()}.
 */
final class VectorConductanceKernel {

    private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED;
    /** As many int lanes as double lanes (the refractory counters are converted to doubles for the mask). */
    private static final VectorSpecies<Integer> INTS = VectorSpecies.of(int.class, VectorShape.forBitSize(DOUBLES.length() * Integer.SIZE));

    private VectorConductanceKernel() {
    }

    static int lanes() {
        return DOUBLES.length();
    }

    /** Channel c's midpoint value into the sums (the first channel starts them from the leak), then its step; see the scalar twin. */
    static void sumAndAdvanceChannel(int from, int to, double[] x, double[] in, int arrivals, boolean first, double[] total, double[] driven,
                                     double halfDecay, double halfDecayTimesReversal, double decay, double leakNs, double leakDrive) {
        int lanes = DOUBLES.length();
        int upper = from + DOUBLES.loopBound(to - from);
        DoubleVector zero = DoubleVector.zero(DOUBLES);
        int i = from;
        for (; i < upper; i += lanes) {
            DoubleVector now = DoubleVector.fromArray(DOUBLES, x, i);
            DoubleVector g = first ? DoubleVector.broadcast(DOUBLES, leakNs) : DoubleVector.fromArray(DOUBLES, total, i);
            DoubleVector d = first ? DoubleVector.broadcast(DOUBLES, leakDrive) : DoubleVector.fromArray(DOUBLES, driven, i);
            g.add(now.mul(halfDecay)).intoArray(total, i);
            d.add(now.mul(halfDecayTimesReversal)).intoArray(driven, i);
            now.mul(decay).add(DoubleVector.fromArray(DOUBLES, in, arrivals + i)).intoArray(x, i);
            zero.intoArray(in, arrivals + i);
        }
        ConductanceMembranePass.sumAndAdvanceChannelScalar(i, to, x, in, arrivals, first, total, driven, halfDecay, halfDecayTimesReversal, decay,
                leakNs, leakDrive);
    }

    /** The membrane step from the sums; see the scalar twin. */
    static void stepMembrane(int from, int to, double[] voltage, double[] in, int jumps, double[] total, double[] driven, double dtOverC) {
        int lanes = DOUBLES.length();
        int upper = from + DOUBLES.loopBound(to - from);
        DoubleVector zero = DoubleVector.zero(DOUBLES);
        DoubleVector one = DoubleVector.broadcast(DOUBLES, 1);
        int i = from;
        for (; i < upper; i += lanes) {
            DoubleVector y = DoubleVector.fromArray(DOUBLES, total, i).mul(dtOverC);
            if (y.compare(VectorOperators.GT, ExponentialRelaxation.POLYNOMIAL_RANGE).anyTrue()) {
                ConductanceMembranePass.stepMembraneScalar(i, i + lanes, voltage, in, jumps, total, driven, dtOverC);
                continue;
            }
            DoubleVector p = y.mul(ExponentialRelaxation.C8).add(ExponentialRelaxation.C7).mul(y).add(ExponentialRelaxation.C6).mul(y).add(ExponentialRelaxation.C5).mul(y).add(ExponentialRelaxation.C4).mul(y)
                    .add(ExponentialRelaxation.C3).mul(y).add(ExponentialRelaxation.C2).mul(y).add(ExponentialRelaxation.C1).mul(y)
                    .add(ExponentialRelaxation.C0);
            DoubleVector e = one.sub(y.mul(p));
            DoubleVector next = DoubleVector.fromArray(DOUBLES, voltage, i).mul(e).add(DoubleVector.fromArray(DOUBLES, driven, i).mul(dtOverC).mul(p))
                    .add(DoubleVector.fromArray(DOUBLES, in, jumps + i));
            zero.intoArray(in, jumps + i);
            next.intoArray(voltage, i);
        }
        ConductanceMembranePass.stepMembraneScalar(i, to, voltage, in, jumps, total, driven, dtOverC);
    }

    /**
     * The membrane pass for exactly two conductance channels (the usual excitatory and inhibitory pair) and the
     * {@link ThresholdPass} in one loop, with no intermediate arrays: the same result as the channel-by-channel pass
     * and the threshold pass one after the other. A block of lanes that needs scalar work (a y beyond the polynomial's range, a spike, a NaN) is noted in
     * {@code deferred} (from index {@code from} on) and finished after the loop, in order, so that no vector is live
     * across a call (this JDK's compiler would box it). Returns the end of the fired list.
     */
    static int advanceTwoChannelsAndFire(int from, int to, long step, double[] voltage, int[] refractory, int[] fired, int[] deferred,
                                         ThresholdPass thresholds, double[] in, int jumps, double[] x0, int arrivals0, double[] x1,
                                         int arrivals1, double[] halfDecay, double[] halfDecayTimesReversal, double[] decay, double leakNs,
                                         double leakDrive, double dtOverC, double[] total, double[] driven) {
        int lanes = DOUBLES.length();
        int upper = from + DOUBLES.loopBound(to - from);
        double h0 = halfDecay[0];
        double h1 = halfDecay[1];
        double he0 = halfDecayTimesReversal[0];
        double he1 = halfDecayTimesReversal[1];
        double d0 = decay[0];
        double d1 = decay[1];
        double threshold = thresholds.thresholdMv();
        double resetMv = thresholds.resetMv();
        int notes = from;
        int i = from;
        for (; i < upper; i += lanes) {
            DoubleVector g0 = DoubleVector.fromArray(DOUBLES, x0, i);
            DoubleVector g1 = DoubleVector.fromArray(DOUBLES, x1, i);
            DoubleVector g = g0.mul(h0).add(leakNs).add(g1.mul(h1));
            DoubleVector drive = g0.mul(he0).add(leakDrive).add(g1.mul(he1));
            g0.mul(d0).add(DoubleVector.fromArray(DOUBLES, in, arrivals0 + i)).intoArray(x0, i);
            g1.mul(d1).add(DoubleVector.fromArray(DOUBLES, in, arrivals1 + i)).intoArray(x1, i);
            DoubleVector.zero(DOUBLES).intoArray(in, arrivals0 + i);
            DoubleVector.zero(DOUBLES).intoArray(in, arrivals1 + i);
            DoubleVector y = g.mul(dtOverC);
            if (y.compare(VectorOperators.GT, ExponentialRelaxation.POLYNOMIAL_RANGE).anyTrue()) { // V and the jumps left for later
                g.intoArray(total, i);
                drive.intoArray(driven, i);
                deferred[notes++] = -1 - i;
                continue;
            }
            DoubleVector p = y.mul(ExponentialRelaxation.C8).add(ExponentialRelaxation.C7).mul(y).add(ExponentialRelaxation.C6).mul(y)
                    .add(ExponentialRelaxation.C5).mul(y).add(ExponentialRelaxation.C4).mul(y).add(ExponentialRelaxation.C3).mul(y)
                    .add(ExponentialRelaxation.C2).mul(y).add(ExponentialRelaxation.C1).mul(y).add(ExponentialRelaxation.C0);
            DoubleVector e = DoubleVector.broadcast(DOUBLES, 1).sub(y.mul(p));
            DoubleVector stepped = DoubleVector.fromArray(DOUBLES, voltage, i).mul(e).add(drive.mul(dtOverC).mul(p))
                    .add(DoubleVector.fromArray(DOUBLES, in, jumps + i));
            DoubleVector.zero(DOUBLES).intoArray(in, jumps + i);
            IntVector counters = IntVector.fromArray(INTS, refractory, i);
            VectorMask<Double> held = ((DoubleVector) counters.convertShape(VectorOperators.I2D, DOUBLES, 0)).compare(VectorOperators.GT, 0);
            DoubleVector v = stepped.blend(DoubleVector.broadcast(DOUBLES, resetMv), held);
            v.intoArray(voltage, i);
            counters.sub(1).max(0).intoArray(refractory, i);
            if (v.compare(VectorOperators.GE, threshold).or(v.compare(VectorOperators.GT, -ThresholdPass.RUNAWAY_MV).not()).anyTrue()) {
                deferred[notes++] = i; // a held lane is at V_reset: these lanes were not refractory
            }
        }
        int next = from;
        for (int k = from; k < notes; k++) {
            int block = deferred[k];
            if (block < 0) {
                int start = -1 - block;
                ConductanceMembranePass.stepMembraneScalar(start, start + lanes, voltage, in, jumps, total, driven, dtOverC);
                next = thresholds.applyScalar(start, start + lanes, step, voltage, refractory, fired, next);
            } else {
                for (int l = block; l < block + lanes; l++) { // a held lane is at V_reset, where this does nothing
                    next = thresholds.fireOrCheck(l, step, voltage, refractory, fired, next);
                }
            }
        }
        for (int c = 0; c < 2; c++) { // the tail, channel by channel as the scalar pass does
            ConductanceMembranePass.sumAndAdvanceChannelScalar(i, to, c == 0 ? x0 : x1, in, c == 0 ? arrivals0 : arrivals1, c == 0, total,
                    driven, halfDecay[c], halfDecayTimesReversal[c], decay[c], leakNs, leakDrive);
        }
        ConductanceMembranePass.stepMembraneScalar(i, to, voltage, in, jumps, total, driven, dtOverC);
        return thresholds.applyScalar(i, to, step, voltage, refractory, fired, next);
    }
}
