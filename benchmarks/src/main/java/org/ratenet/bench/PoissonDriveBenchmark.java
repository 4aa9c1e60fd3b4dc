package org.ratenet.bench;

import java.util.concurrent.TimeUnit;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.MarsagliaTsangWangDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.SharedStateDiscreteSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.ratenet.api.random.SeedSequence;
import org.ratenet.spiking.engine.PoissonDrive;

/**
 * The external drive of Brunel A: one Poisson count of mean 2 per neuron and step for 12,500 neurons, each from its
 * own stream. Nanoseconds per neuron for the engine's drive (draw and add into the input buffer, streams kept as state
 * arrays), and for comparison one commons-rng uniform per neuron-object and commons-rng's Marsaglia–Tsang–Wang table
 * sampler (shared tables, one stream object per neuron).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"--add-modules=jdk.incubator.vector"})
public class PoissonDriveBenchmark {

    private static final int N = 12_500;
    private final UniformRandomProvider[] streams = new UniformRandomProvider[N];
    private final SharedStateDiscreteSampler[] mtw = new SharedStateDiscreteSampler[N];
    private final PoissonDrive drive = new PoissonDrive(2, 0.1, 0, 1, 0, N);
    private final double[] input = new double[N];

    @Setup
    public void setUp() {
        SharedStateDiscreteSampler prototype = MarsagliaTsangWangDiscreteSampler.Poisson.of(RandomSource.SPLIT_MIX_64.create(1L), 2);
        for (int i = 0; i < N; i++) {
            streams[i] = RandomSource.XO_RO_SHI_RO_128_PP.create(SeedSequence.of(1, 2, i));
            mtw[i] = prototype.withUniformRandomProvider(streams[i]);
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double uniformOnly() {
        double s = 0;
        for (int i = 0; i < N; i++) {
            s += streams[i].nextDouble();
        }
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double engineDrive() {
        drive.add(0, N, input, 0);
        return input[N - 1];
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public int marsagliaTsangWang() {
        int s = 0;
        for (int i = 0; i < N; i++) {
            s += mtw[i].sample();
        }
        return s;
    }
}
