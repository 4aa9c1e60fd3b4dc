package org.ratenet.bench;

import java.util.Arrays;
import java.util.Locale;

import org.ratenet.spiking.engine.SpikingEngine;

/**
 * COBA's wall time per step on 1 or 2 threads, outside JMH, for {@code benchmarks/coba-two-cores.sh}: the network of
 * {@link CobaBenchmark} after 300 ms, 30 more seconds of biological time (300,000 steps) of warm-up, then the median of
 * 5 rounds of 10,000 steps, in µs per step. A round of 10,000 steps averages over the host's hiccups of a few
 * milliseconds, which a JMH single shot of 1000 steps (6-8 ms) takes whole.
 * <pre>
 *   java --add-modules=jdk.incubator.vector -cp benchmarks/target/benchmarks.jar org.ratenet.bench.CobaSteps THREADS
 * </pre>
 */
public final class CobaSteps {

    private static final int ROUNDS = 5;
    private static final int STEPS_PER_ROUND = 10_000;

    private CobaSteps() {
    }

    public static void main(String[] args) {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        try (SpikingEngine engine = CobaBenchmark.warmedUp("lif", threads)) {
            for (int i = 0; i < 300; i++) {
                engine.run(1000);
            }
            double[] microsPerStep = new double[ROUNDS];
            for (int r = 0; r < ROUNDS; r++) {
                long start = System.nanoTime();
                engine.run(STEPS_PER_ROUND);
                microsPerStep[r] = (System.nanoTime() - start) / 1e3 / STEPS_PER_ROUND;
            }
            Arrays.sort(microsPerStep);
            System.out.printf(Locale.ROOT, "%.3f%n", microsPerStep[ROUNDS / 2]);
        }
    }
}
