package org.ratenet.rate.binary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.ratenet.api.spec.WeightMatrix;

class BinaryDynamicsTest {

    @Test
    void asynchronousUpdatesNeverRaiseTheEnergyOfASymmetricNetwork() {
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            int n = 2 + random.nextInt(40);
            double[][] w = new double[n][n];
            double[] theta = new double[n];
            double[] b = new double[n];
            double[] s = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < i; j++) {
                    w[i][j] = w[j][i] = random.nextGaussian();
                }
                theta[i] = random.nextGaussian();
                b[i] = random.nextGaussian();
                s[i] = random.nextBoolean() ? 1 : -1;
            }
            BinaryDynamics net = new BinaryDynamics(WeightMatrix.Dense.of(w), theta, b, BinaryDynamics.Coding.PLUS_MINUS);
            UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(seed);
            double energy = net.energy(s);
            for (int sweep = 0; sweep < 20; sweep++) {
                net.updateAsynchronously(s, rng);
                double next = net.energy(s);
                assertTrue(next <= energy + 1e-9 * (1 + Math.abs(energy)), "energy rose from " + energy + " to " + next);
                energy = next;
            }
        });
    }

    @Test
    void theSameSeedGivesTheSameTrajectory() {
        Random random = new Random(1);
        double[][] w = new double[50][50];
        for (double[] row : w) {
            for (int j = 0; j < 50; j++) {
                row[j] = random.nextGaussian();
            }
        }
        BinaryDynamics net = new BinaryDynamics(WeightMatrix.Dense.of(w), new double[50], new double[50], BinaryDynamics.Coding.ZERO_ONE);
        double[] a = new double[50];
        double[] b = new double[50];
        UniformRandomProvider ra = RandomSource.XO_RO_SHI_RO_128_PP.create(9L);
        UniformRandomProvider rb = RandomSource.XO_RO_SHI_RO_128_PP.create(9L);
        for (int sweep = 0; sweep < 10; sweep++) {
            net.updateAsynchronously(a, ra);
            net.updateAsynchronously(b, rb);
            assertArrayEquals(a, b);
        }
    }

    /**
     * Hopfield network of N = 500 units storing P = 25 random patterns (α = 0.05, well below the capacity
     * 0.138): every stored pattern is a fixed point, and from each pattern with 10 % of its units flipped the
     * asynchronous dynamics return to an overlap >= 0.98. With fixed seeds; at this load the expected
     * fraction of unstable bits per pattern is Φ(−1/√α) ≈ 4e-6, so a failure would mean an error, not chance.
     */
    @Test
    void hopfieldNetworksRecallStoredPatternsAtLowLoad() {
        int n = 500;
        int p = 25;
        Random random = new Random(2026);
        double[][] patterns = new double[p][n];
        for (double[] xi : patterns) {
            for (int i = 0; i < n; i++) {
                xi[i] = random.nextBoolean() ? 1 : -1;
            }
        }
        BinaryDynamics net = new BinaryDynamics(Hopfield.store(patterns), new double[n], new double[n], BinaryDynamics.Coding.PLUS_MINUS);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(3L);
        double[] next = new double[n];
        for (double[] xi : patterns) {
            assertEquals(0, net.updateSynchronously(xi, next), "a stored pattern is a fixed point");
            double[] s = xi.clone();
            for (int k = 0; k < n / 10; k++) {
                int i = random.nextInt(n);
                s[i] = -s[i];
            }
            net.relax(s, rng, 50);
            assertTrue(Hopfield.overlap(s, xi) >= 0.98, "overlap " + Hopfield.overlap(s, xi));
        }
    }
}
