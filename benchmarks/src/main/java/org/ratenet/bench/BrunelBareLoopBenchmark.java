package org.ratenet.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

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

/**
 * The floor for {@link SpikingEngineBenchmark}: Brunel model A (order 2500, V_reset 0) as one bare, single-purpose,
 * single-threaded loop with nothing general in it: no populations, channels, threads, recorders or checks. Each step
 * fuses the Poisson drive (per-neuron XoRoShiRo128++ state arrays, integer inversion table) with the exact delta-LIF
 * update, then adds every spike's 1250 outgoing weights into a ring buffer, its targets 16-bit indices as the engine's
 * are for populations of up to 65,536 neurons. The engine is measured against this on the same machine: 500 ms of
 * biological time after 200 ms of warm-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10) // as SpikingEngineBenchmark, which it is compared with
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "--add-modules=jdk.incubator.vector"})
public class BrunelBareLoopBenchmark {

    private static final int NE = 10_000;
    private static final int N = 12_500;
    private static final int DELAY = 15;
    private static final int SLOTS = 16;
    private static final int REFRACTORY_STEPS = 20;

    private final int[] rowStart = new int[N + 1];
    private char[] targets;
    private final double[] v = new double[N];
    private final int[] refractory = new int[N];
    private final double[] ring = new double[SLOTS * N];
    private final long[] s0 = new long[N];
    private final long[] s1 = new long[N];
    private final long[] thresholds = new long[41];
    private final int[] guide = new int[4096];
    private final int[] fired = new int[N];
    private final double propagator = Math.exp(-0.1 / 20);
    private int step;
    private long spikes;

    @Setup
    public void build() {
        SplittableRandom random = new SplittableRandom(12345);
        int[] sources = new int[N * 1250];
        int k = 0;
        for (int t = 0; t < N; t++) {
            for (int j = 0; j < 1000; j++) {
                sources[k++] = random.nextInt(NE);
            }
            for (int j = 0; j < 250; j++) {
                sources[k++] = NE + random.nextInt(N - NE);
            }
        }
        for (int source : sources) {
            rowStart[source + 1]++;
        }
        for (int s = 0; s < N; s++) {
            rowStart[s + 1] += rowStart[s];
        }
        int[] fill = rowStart.clone();
        targets = new char[sources.length];
        k = 0;
        for (int t = 0; t < N; t++) {
            for (int j = 0; j < 1250; j++) {
                targets[fill[sources[k++]]++] = (char) t;
            }
        }
        for (int i = 0; i < N; i++) {
            v[i] = 20 * random.nextDouble();
            s0[i] = random.nextLong();
            s1[i] = random.nextLong() | 1;
        }
        double p = Math.exp(-2);
        double sum = 0;
        for (int c = 0; c < thresholds.length; c++) {
            sum += p;
            thresholds[c] = sum >= 1 ? Long.MAX_VALUE : (long) (sum * 0x1.0p63);
            p *= 2.0 / (c + 1);
        }
        thresholds[thresholds.length - 1] = Long.MAX_VALUE;
        for (int b = 0; b < guide.length; b++) {
            long lo = ((long) b) << 51;
            long hi = lo + (1L << 51) - 1;
            int first = 0;
            while (thresholds[first] <= lo) {
                first++;
            }
            int last = first;
            while (last < thresholds.length - 1 && thresholds[last] <= hi) {
                last++;
            }
            guide[b] = first == last ? first : -1 - first;
        }
        run(2000);
    }

    private void run(int steps) {
        for (int end = step + steps; step < end; step++) {
            int slot = (step % SLOTS) * N;
            int count = 0;
            for (int i = 0; i < N; i++) {
                long x0 = s0[i];
                long x1 = s1[i];
                long bits = Long.rotateLeft(x0 + x1, 17) + x0;
                x1 ^= x0;
                s0[i] = Long.rotateLeft(x0, 49) ^ x1 ^ (x1 << 21);
                s1[i] = Long.rotateLeft(x1, 28);
                long u = bits >>> 1;
                int c = guide[(int) (u >>> 51)];
                if (c < 0) {
                    c = -1 - c;
                    while (c < thresholds.length - 1 && thresholds[c] <= u) {
                        c++;
                    }
                }
                double input = ring[slot + i] + 0.1 * c;
                ring[slot + i] = 0;
                if (refractory[i] > 0) {
                    refractory[i]--;
                    continue;
                }
                double vi = v[i] * propagator + input;
                if (vi >= 20) {
                    vi = 0;
                    refractory[i] = REFRACTORY_STEPS;
                    fired[count++] = i;
                }
                v[i] = vi;
            }
            int arrival = ((step + DELAY) % SLOTS) * N;
            for (int e = 0; e < count; e++) {
                int s = fired[e];
                double w = s < NE ? 0.1 : -0.5;
                for (int j = rowStart[s]; j < rowStart[s + 1]; j++) {
                    ring[arrival + targets[j]] += w;
                }
            }
            spikes += count;
        }
    }

    @Benchmark
    public long fiveHundredMilliseconds() {
        run(5000);
        return spikes;
    }
}
