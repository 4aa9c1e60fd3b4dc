package org.ratenet.bench;

import java.util.concurrent.TimeUnit;

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
import org.ratenet.equations.EquationModel;
import org.ratenet.equations.ModelDefinition;
import org.ratenet.equations.StandardModels;

/**
 * The time to turn a model's equations into a runnable class: parse, check units, choose the method, generate the
 * source and compile it with Janino (current input). {@code warm}: average over many models in a warmed-up JVM;
 * {@link Cold}: the first model of a fresh JVM (one shot per fork). Target (issue 17): <= 200 ms per model warm.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"--add-modules=jdk.incubator.vector"})
public class EquationCompileBenchmark {

    @Param({"lif", "adex"})
    public String model;

    static ModelDefinition definition(String model) {
        return model.equals("lif") ? StandardModels.lif("lif_eq") : StandardModels.adex("adex_eq");
    }

    @Benchmark
    public long warm() {
        return EquationModel.parse(definition(model)).compileNow(true, false);
    }

    /** The first compile in a fresh JVM: class loading and Janino's own warm-up included. */
    @State(Scope.Benchmark)
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 5, jvmArgs = {"--add-modules=jdk.incubator.vector"})
    public static class Cold {

        @Param({"lif", "adex"})
        public String model;

        @Benchmark
        public long cold() {
            return EquationModel.parse(definition(model)).compileNow(true, false);
        }
    }
}
