package org.ratenet.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

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
import org.ratenet.api.neuron.SiegertFunction;

/**
 * Cost of one Siegert evaluation (target: <= 1 µs) over 1024 inputs spread across the regimes: μ from 30 mV
 * below to 40 mV above threshold, σ log-uniform from 0.01 to 30 mV (Brunel's neuron, τ_m = 20 ms,
 * θ = 20 mV, V_r = 10 mV, τ_ref = 2 ms).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"--add-modules=jdk.incubator.vector"})
public class SiegertBenchmark {

    private static final int N = 1024;
    private final SiegertFunction siegert = new SiegertFunction(20, 20, 10, 2);
    private final double[] mu = new double[N];
    private final double[] sigma = new double[N];
    private final double[] derivatives = new double[2];

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < N; i++) {
            mu[i] = -10 + 70 * random.nextDouble();
            sigma[i] = Math.pow(10, -2 + 3.5 * random.nextDouble());
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double rate() {
        double sum = 0;
        for (int i = 0; i < N; i++) {
            sum += siegert.rate(mu[i], sigma[i]);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double rateAndDerivatives() {
        double sum = 0;
        for (int i = 0; i < N; i++) {
            sum += siegert.evaluate(mu[i], sigma[i], derivatives) + derivatives[0];
        }
        return sum;
    }
}
