package org.ratenet.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * How steady this machine's processors are, as a check before trusting a thread-scaling ratio: two threads run the same
 * arithmetic on their own arrays (nothing shared, nothing synchronised), and every 200 ms each thread's progress is
 * compared with the best 200 ms any thread achieved. On a machine of its own every window is near 100 %; on a virtual
 * machine whose host runs other work, a processor may run at half speed for seconds. A simulation whose threads meet
 * every step runs at the speed of its slowest processor, so its 2-thread speed-up on such a machine says more about the
 * host than about the engine.
 * <pre>
 *   java -cp benchmarks/target/benchmarks.jar org.ratenet.bench.ProcessorSteadiness [SECONDS] [THREADS]
 * </pre>
 */
public final class ProcessorSteadiness {

    private static final long WINDOW_MS = 200;
    /** A window below this fraction of the best counts as slow. */
    private static final double SLOW = 0.8;
    /** Neurons per thread: about 50 kB of state, inside each core's own caches. */
    private static final int NEURONS = 2000;

    private ProcessorSteadiness() {
    }

    public static void main(String[] args) throws InterruptedException {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        // one counter per thread, 16 longs apart so that no two share a cache line
        AtomicLongArray progress = new AtomicLongArray(16 * threads);
        Thread[] burners = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int slot = 16 * t;
            burners[t] = new Thread(() -> burn(progress, slot), "steadiness-" + t);
            burners[t].setDaemon(true);
            burners[t].start();
        }
        Thread.sleep(2000); // compiled and running
        List<long[]> windows = new ArrayList<>();
        long[] previous = snapshot(progress, threads);
        for (long w = 0; w < seconds * 1000L / WINDOW_MS; w++) {
            Thread.sleep(WINDOW_MS);
            long[] now = snapshot(progress, threads);
            long[] done = new long[threads];
            for (int t = 0; t < threads; t++) {
                done[t] = now[t] - previous[t];
            }
            windows.add(done);
            previous = now;
        }
        long best = windows.stream().flatMapToLong(Arrays::stream).max().orElse(1);
        double[] slowest = windows.stream().mapToDouble(d -> Arrays.stream(d).min().orElse(0) / (double) best).sorted().toArray();
        long slowWindows = Arrays.stream(slowest).filter(r -> r < SLOW).count();
        System.out.printf(Locale.ROOT, "%d threads, %d windows of %d ms: the slowest thread of a window ran at %.0f %% (median), "
                        + "%.0f %% (worst) of the best window; %d windows (%.0f %%) had a thread below %.0f %%%n", threads, slowest.length,
                WINDOW_MS, 100 * slowest[slowest.length / 2], 100 * slowest[0], slowWindows, 100.0 * slowWindows / slowest.length, 100 * SLOW);
    }

    private static long[] snapshot(AtomicLongArray progress, int threads) {
        long[] s = new long[threads];
        for (int t = 0; t < threads; t++) {
            s[t] = progress.get(16 * t);
        }
        return s;
    }

    /** A leaky integration over the thread's own arrays, counted per pass (an ordered write, once per pass). */
    private static void burn(AtomicLongArray progress, int slot) {
        double[] v = new double[NEURONS];
        double[] g = new double[NEURONS];
        Arrays.fill(g, 0.02);
        for (long passes = 1; ; passes++) {
            for (int i = 0; i < NEURONS; i++) {
                v[i] = v[i] * (1 - g[i]) + g[i] * 0.5;
                g[i] = g[i] * 0.999 + 1e-5;
            }
            progress.lazySet(slot, passes);
        }
    }
}
