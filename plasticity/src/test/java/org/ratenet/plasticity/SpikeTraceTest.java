package org.ratenet.plasticity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.ratenet.api.error.InvalidParameterException;

/**
 * The trace of a Poisson train of rate ν has mean α = ν/r_p and variance α/2 (Campbell's theorem). Exact event-driven
 * traces, sampled every 5/r_p (correlation e⁻⁵), in 20 batches of 2000 samples: the batch means and batch variances
 * each pass a two-sided t-test against α and α/2 at level 1e-4 (|t| < 4.90, t₁₉), so a correct trace fails one of the
 * eight comparisons with probability below 1e-3.
 */
class SpikeTraceTest {

    @Test
    void aPoissonTraceHasMeanAlphaAndVarianceHalfAlpha() {
        double[][] cases = {{10, 1}, {20, 10}, {5, 0.5}, {40, 2}};
        long seed = 1;
        for (double[] c : cases) {
            double rate = c[0];
            SpikeTrace trace = new SpikeTrace(c[1]);
            UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed++);
            int batches = 20;
            int perBatch = 2000;
            double spacingMs = 5e3 / c[1];
            double[] means = new double[batches];
            double[] variances = new double[batches];
            double x = 0;
            double now = 0;
            double nextSpike = exponentialMs(random, rate);
            for (int b = 0; b < batches; b++) {
                double sum = 0;
                double sumSq = 0;
                for (int m = 0; m < perBatch; m++) {
                    double sampleAt = now + spacingMs;
                    while (nextSpike <= sampleAt) { // decay to the spike, jump by 1
                        x = x * Math.exp(-(nextSpike - now) * 1e-3 * c[1]) + 1;
                        now = nextSpike;
                        nextSpike += exponentialMs(random, rate);
                    }
                    x *= Math.exp(-(sampleAt - now) * 1e-3 * c[1]);
                    now = sampleAt;
                    sum += x;
                    sumSq += x * x;
                }
                means[b] = sum / perBatch;
                variances[b] = (sumSq - sum * sum / perBatch) / (perBatch - 1);
            }
            String label = "nu " + rate + " Hz, r_p " + c[1] + " Hz";
            assertTTest(means, trace.alpha(rate), label + ": mean");
            assertTTest(variances, trace.variance(rate), label + ": variance");
        }
    }

    private static void assertTTest(double[] batches, double expected, String label) {
        double mean = 0;
        for (double v : batches) {
            mean += v / batches.length;
        }
        double ss = 0;
        for (double v : batches) {
            ss += (v - mean) * (v - mean);
        }
        double se = Math.sqrt(ss / (batches.length - 1) / batches.length);
        double t = (mean - expected) / se;
        assertTrue(Math.abs(t) < 4.90, label + ": " + mean + " vs " + expected + " (t = " + t + ")");
    }

    private static double exponentialMs(UniformRandomProvider random, double rateHz) {
        return -Math.log(1 - random.nextDouble()) * 1e3 / rateHz;
    }

    @Test
    void identitiesOfTheTrace() {
        SpikeTrace trace = new SpikeTrace(4);
        assertEquals(5, trace.alpha(20), 0);
        assertEquals(2.5, trace.variance(20), 0);
        assertEquals(1 / Math.sqrt(10), trace.coefficientOfVariation(20), 1e-15);
        assertEquals(20, trace.rateEstimate(5), 0);
        assertEquals(Math.exp(-4e-4), trace.decayPerStep(0.1), 1e-16);
    }

    @Test
    void aDegradationRateThatIsNotPositiveIsNamed() {
        for (double r : new double[] {0, -1, Double.NaN}) {
            InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> new SpikeTrace(r));
            assertTrue(e.getMessage().contains("r_p"), e.getMessage());
        }
    }
}
