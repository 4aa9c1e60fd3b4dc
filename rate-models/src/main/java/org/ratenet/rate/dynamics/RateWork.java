package org.ratenet.rate.dynamics;

import org.ejml.data.DGrowArray;
import org.ejml.data.DMatrixRMaj;

/**
 * Work arrays for stepping a {@link RateNetwork} of n units, allocated once by the caller and reused by every
 * step: no allocation per step. Not shared between threads.
 */
public final class RateWork {

    final DMatrixRMaj rates;
    final DMatrixRMaj input;
    final double[] external;
    final double[] k1;
    final double[] k2;
    final double[] k3;
    final double[] k4;
    final double[] stage;
    final double[] decay;
    /** EJML's scratch for the sparse product. */
    final DGrowArray sparseScratch = new DGrowArray();
    double decayDt = Double.NaN;

    public RateWork(int n) {
        rates = new DMatrixRMaj(n, 1);
        input = new DMatrixRMaj(n, 1);
        external = new double[n];
        k1 = new double[n];
        k2 = new double[n];
        k3 = new double[n];
        k4 = new double[n];
        stage = new double[n];
        decay = new double[n];
    }
}
