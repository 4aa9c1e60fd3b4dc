package org.ratenet.api.dynamics;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector form of {@link ThresholdPass}: refractory neurons are held and counted down lane-wise; a block of lanes
 * with a spike, a NaN or a runaway (rare) is finished by the scalar code, lane by lane in order. Loaded only when
 * {@link VectorSupport#available()}.
 */
final class VectorThresholdKernel {

    private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED;
    /** As many int lanes as double lanes (the counters are converted to doubles for the mask). */
    private static final VectorSpecies<Integer> INTS = VectorSpecies.of(int.class, VectorShape.forBitSize(DOUBLES.length() * Integer.SIZE));

    private VectorThresholdKernel() {
    }

    static int apply(int from, int to, long step, double[] voltage, int[] refractory, int[] fired, ThresholdPass pass) {
        int lanes = DOUBLES.length();
        int upper = from + DOUBLES.loopBound(to - from);
        DoubleVector reset = DoubleVector.broadcast(DOUBLES, pass.resetMv());
        double threshold = pass.thresholdMv();
        int next = from;
        int i = from;
        for (; i < upper; i += lanes) {
            IntVector counters = IntVector.fromArray(INTS, refractory, i);
            DoubleVector asDoubles = (DoubleVector) counters.convertShape(VectorOperators.I2D, DOUBLES, 0);
            VectorMask<Double> held = asDoubles.compare(VectorOperators.GT, 0);
            DoubleVector v = DoubleVector.fromArray(DOUBLES, voltage, i).blend(reset, held);
            v.intoArray(voltage, i);
            counters.sub(1).max(0).intoArray(refractory, i); // held lanes count down; the others stay at 0
            VectorMask<Double> unusual = v.compare(VectorOperators.GE, threshold).or(v.compare(VectorOperators.GT, -ThresholdPass.RUNAWAY_MV).not());
            if (unusual.anyTrue()) { // a held lane is at V_reset, so these lanes were not refractory
                for (int l = 0; l < lanes; l++) {
                    if (unusual.laneIsSet(l)) {
                        next = pass.fireOrCheck(i + l, step, voltage, refractory, fired, next);
                    }
                }
            }
        }
        return pass.applyScalar(i, to, step, voltage, refractory, fired, next);
    }
}
