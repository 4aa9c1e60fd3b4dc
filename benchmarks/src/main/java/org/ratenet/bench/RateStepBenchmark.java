package org.ratenet.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.RateNetworkSpec;
import org.ratenet.api.spec.WeightMatrix;
import org.ratenet.api.units.Quantity;
import org.ratenet.api.units.Unit;
import org.ratenet.rate.dynamics.RateIntegrator;
import org.ratenet.rate.dynamics.RateNetwork;
import org.ratenet.rate.dynamics.RateWork;

/**
 * One exponential-Euler step of a rate network against the bare EJML mat-vec it contains (target: dense
 * N = 1000 step <= 1.3 × mat-vec), and a sparse N = 100,000 network with 100 inputs per unit (steps/s =
 * 1000 / reported ms).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g", "--add-modules=jdk.incubator.vector"})
public class RateStepBenchmark {

    private static final int DENSE_N = 1000;
    private static final int SPARSE_N = 100_000;
    private static final int SPARSE_K = 100;

    private DMatrixRMaj w;
    private DMatrixRMaj x;
    private DMatrixRMaj y;
    private RateNetwork dense;
    private RateWork denseWork;
    private double[] denseMu;
    private RateNetwork sparse;
    private RateWork sparseWork;
    private double[] sparseMu;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(1);
        double[] values = new double[DENSE_N * DENSE_N];
        for (int k = 0; k < values.length; k++) {
            values[k] = random.nextGaussian() / Math.sqrt(DENSE_N);
        }
        w = DMatrixRMaj.wrap(DENSE_N, DENSE_N, values);
        x = new DMatrixRMaj(DENSE_N, 1);
        y = new DMatrixRMaj(DENSE_N, 1);
        Ratenet ratenet = Ratenet.create();
        dense = RateNetwork.of(spec(new WeightMatrix.Dense(DENSE_N, DENSE_N, values), DENSE_N), ratenet.gains());
        denseWork = new RateWork(DENSE_N);
        denseMu = new double[DENSE_N];

        int[] rowStart = new int[SPARSE_N + 1];
        int[] columns = new int[SPARSE_N * SPARSE_K];
        double[] weights = new double[SPARSE_N * SPARSE_K];
        for (int i = 0; i < SPARSE_N; i++) {
            rowStart[i + 1] = (i + 1) * SPARSE_K;
            for (int k = 0; k < SPARSE_K; k++) {
                columns[i * SPARSE_K + k] = random.nextInt(SPARSE_N);
                weights[i * SPARSE_K + k] = random.nextGaussian() / Math.sqrt(SPARSE_K);
            }
        }
        sparse = RateNetwork.of(spec(new WeightMatrix.Sparse(SPARSE_N, SPARSE_N, rowStart, columns, weights), SPARSE_N), ratenet.gains());
        sparseWork = new RateWork(SPARSE_N);
        sparseMu = new double[SPARSE_N];
    }

    private static RateNetworkSpec spec(WeightMatrix matrix, int n) {
        List<String> labels = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            labels.add("u" + i);
        }
        double[] tau = new double[n];
        Arrays.fill(tau, 10);
        ComponentSpec gain = ComponentSpec.of("sigmoid", ParameterSet.builder()
                .put("beta", Quantity.of(1, Unit.HZ_PER_PA)).put("r_max", 50, Unit.HZ).build());
        return new RateNetworkSpec(labels, matrix, new double[n], new double[n], new double[n], tau, Collections.nCopies(n, gain));
    }

    @Benchmark
    public DMatrixRMaj bareEjmlMatVec1000() {
        CommonOps_DDRM.mult(w, x, y);
        return y;
    }

    @Benchmark
    public double[] denseStep1000() {
        RateIntegrator.EXPONENTIAL_EULER.step(dense, 0, 0.1, denseMu, denseWork);
        return denseMu;
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public double[] sparseStep100k() {
        RateIntegrator.EXPONENTIAL_EULER.step(sparse, 0, 0.1, sparseMu, sparseWork);
        return sparseMu;
    }
}
