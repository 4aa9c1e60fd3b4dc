package org.ratenet.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The four speed ratios of issue 20, each measured within one JVM: the two benchmarks of a ratio are built side by side
 * and run in turn (which goes first alternates from round to round), and the ratio is the median of the rounds' ratios.
 * In its turn a side runs {@link #RUNS_PER_TURN} times and only the last counts, so that it is timed with the caches
 * holding its own network, as in a run of its own, not the other's (after an STDP run the static network's rows have
 * left the last-level cache, and its first run is up to 1.5x slower).
 * On a shared virtual machine two JVMs of the same jar can run 1.5x apart for their whole life (benchmarks/README.md,
 * seventh round), so a ratio of two JMH forks may measure the host; here both sides see the same processor in the same
 * minute. The JMH benchmarks stay the reference for each time on its own.
 * <pre>
 *   java -Xmx6g --add-modules=jdk.incubator.vector -cp benchmarks/target/benchmarks.jar org.ratenet.bench.AlternatingRatios [ROUNDS]
 * </pre>
 */
public final class AlternatingRatios {

    /** Rounds run and dropped first, for the compiler. */
    private static final int WARM_UP_ROUNDS = 4;
    /** Runs of a side per turn; the last one is timed. */
    private static final int RUNS_PER_TURN = 2;
    /** COBA runs for this many 100 ms operations per sample, so that a sample lasts over a tenth of a second. */
    private static final int COBA_OPERATIONS = 20;

    private AlternatingRatios() {
    }

    /** One side of a ratio: a benchmark already built, run once per call, and how to let it go. */
    private record Side(Runnable once, Runnable close) {
    }

    /** A ratio {@code numerator / denominator} and its target, e.g. {@code "<= 1.10"}. */
    private record Ratio(String name, String target, Side numerator, Side denominator) {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        if (rounds < 1) {
            throw new IllegalArgumentException("ROUNDS = " + rounds + ": must be at least 1");
        }
        System.out.printf(Locale.ROOT, "%-38s %-8s %9s %9s %8s  %s%n", "ratio", "target", "numer ms", "denom ms", "ratio", "per round");
        List<Supplier<Ratio>> ratios = List.of( // built one at a time, so that only two networks are in memory at once
                () -> new Ratio("Brunel A engine / bare loop, 1 thread", "<= 1.10", brunel("static", 1), bareLoop()),
                () -> new Ratio("Brunel A STDP / static, 1 thread", "<= 2.0", brunel("stdp", 1), brunel("static", 1)),
                () -> new Ratio("Brunel A 1 / 2 threads", ">= 1.8", brunel("static", 1), brunel("static", 2)),
                () -> new Ratio("COBA 1 / 2 threads", ">= 1.5", coba(1), coba(2)));
        for (Supplier<Ratio> ratio : ratios) {
            measure(ratio.get(), rounds);
        }
    }

    /** Runs the ratio's two sides in turn and prints their medians and the median of the per-round ratios. */
    private static void measure(Ratio ratio, int rounds) {
        double[] numerator = new double[rounds];
        double[] denominator = new double[rounds];
        double[] ratios = new double[rounds];
        try {
            for (int r = -WARM_UP_ROUNDS; r < rounds; r++) {
                boolean numeratorFirst = (r & 1) == 0;
                double first = time(numeratorFirst ? ratio.numerator() : ratio.denominator());
                double second = time(numeratorFirst ? ratio.denominator() : ratio.numerator());
                if (r >= 0) {
                    numerator[r] = numeratorFirst ? first : second;
                    denominator[r] = numeratorFirst ? second : first;
                    ratios[r] = numerator[r] / denominator[r];
                }
            }
        } finally {
            ratio.numerator().close().run();
            ratio.denominator().close().run();
        }
        String perRound = String.join(" ", Arrays.stream(ratios).mapToObj(x -> String.format(Locale.ROOT, "%.2f", x)).toList());
        System.out.printf(Locale.ROOT, "%-38s %-8s %9.1f %9.1f %8.3f  %s%n", ratio.name(), ratio.target(), median(numerator), median(denominator),
                median(ratios), perRound);
    }

    private static double time(Side side) {
        for (int i = 1; i < RUNS_PER_TURN; i++) {
            side.once().run();
        }
        long start = System.nanoTime();
        side.once().run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** {@link SpikingEngineBenchmark}: Brunel A, 500 ms per call. */
    private static Side brunel(String plasticity, int threads) {
        SpikingEngineBenchmark benchmark = new SpikingEngineBenchmark();
        benchmark.plasticity = plasticity;
        benchmark.threads = threads;
        benchmark.neuron = "lif";
        benchmark.build();
        return new Side(benchmark::fiveHundredMilliseconds, benchmark::close);
    }

    /** {@link BrunelBareLoopBenchmark}: the same 500 ms with the single-purpose loop. */
    private static Side bareLoop() {
        BrunelBareLoopBenchmark benchmark = new BrunelBareLoopBenchmark();
        benchmark.build();
        return new Side(benchmark::fiveHundredMilliseconds, () -> { });
    }

    /** {@link CobaBenchmark}: {@link #COBA_OPERATIONS} times 100 ms per call. */
    private static Side coba(int threads) {
        CobaBenchmark benchmark = new CobaBenchmark();
        benchmark.neuron = "lif";
        benchmark.threads = threads;
        benchmark.build();
        return new Side(() -> {
            for (int i = 0; i < COBA_OPERATIONS; i++) {
                benchmark.hundredMilliseconds();
            }
        }, benchmark::close);
    }
}
