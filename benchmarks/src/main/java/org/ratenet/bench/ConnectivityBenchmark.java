package org.ratenet.bench;

import java.util.concurrent.TimeUnit;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.ratenet.spiking.connect.FixedInDegree;

/**
 * Drawing the connections of Brunel's model A: 12,500 targets, C_E + C_I = 1,250 inputs each,
 * 15.6 M synapses. The sink only sums the indices, so the number is the cost of the rule itself.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"--add-modules=jdk.incubator.vector"})
public class ConnectivityBenchmark {

    @Param({"true", "false"})
    public boolean multapses;

    private long checksum;

    @Benchmark
    public long brunelFixedInDegree() {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(12345L);
        checksum = 0;
        new FixedInDegree(1000, false, multapses).connect(10_000, 12_500, false, random, (s, t) -> checksum += s);
        new FixedInDegree(250, false, multapses).connect(2_500, 12_500, false, random, (s, t) -> checksum += s);
        return checksum;
    }
}
