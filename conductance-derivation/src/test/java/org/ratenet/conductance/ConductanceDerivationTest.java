package org.ratenet.conductance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.ratenet.conductance.ConductanceGenerators.cells;
import static org.ratenet.conductance.ConductanceGenerators.networks;
import static org.ratenet.conductance.ConductanceGenerators.synapses;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.ratenet.api.error.InvalidParameterException;

class ConductanceDerivationTest {

    @Test
    void weightIsLinearInConductanceAndTimeConstant() {
        qt().forAll(cells(), synapses(), doubles().between(0, 10)).checkAssert((cell, s, a) -> {
            double w = EffectiveParameters.synapticWeight(cell, s);
            double scaledG = EffectiveParameters.synapticWeight(cell,
                    new SynapseParameters(a * s.conductanceNs(), s.timeConstantMs(), s.reversalMv()));
            double scaledTau = EffectiveParameters.synapticWeight(cell,
                    new SynapseParameters(s.conductanceNs(), a * s.timeConstantMs() + 1e-300, s.reversalMv()));
            assertEquals(a * w, scaledG, 1e-12 * Math.abs(a * w) + 1e-300);
            assertEquals(a * w, scaledTau, 1e-12 * Math.abs(a * w) + 1e-300);
        });
    }

    @Test
    void weightChangesSignExactlyWhereReversalEqualsLeakPlusSlope() {
        qt().forAll(cells(), doubles().between(0.01, 20), doubles().between(0.5, 200)).checkAssert((cell, g, tau) -> {
            double balance = cell.leakReversalMv() + cell.thresholdSlopeMv();
            assertEquals(0.0, EffectiveParameters.synapticWeight(cell, new SynapseParameters(g, tau, balance)));
            assertTrue(EffectiveParameters.synapticWeight(cell, new SynapseParameters(g, tau, Math.nextUp(balance))) > 0);
            assertTrue(EffectiveParameters.synapticWeight(cell, new SynapseParameters(g, tau, Math.nextDown(balance))) < 0);
        });
    }

    /** The conductance form (11.24–11.27) equals Σ W r + W_ext r_ext − θ (11.28–11.31) to 1e-12 of the terms' size. */
    @Test
    void conductanceFormEqualsDerivedWeightForm() {
        qt().forAll(networks(), longs().all()).checkAssert((net, seed) -> {
            Random random = new Random(seed);
            int n = net.size();
            double[] rates = new double[n];
            for (int i = 0; i < n; i++) {
                rates[i] = 200 * random.nextDouble();
            }
            double[] off = new ConductanceDerivation().derive(net).relativeFormDiscrepancy(rates);
            for (int i = 0; i < n; i++) {
                assertTrue(off[i] <= 1e-12, "unit " + i + ": " + off[i]);
            }
        });
    }

    @Test
    void inverseThenDeriveAndDeriveThenInverseAreIdentities() {
        qt().forAll(cells(), synapses()).checkAssert((cell, s) -> {
            double drive = EffectiveParameters.drivingForce(cell, s.reversalMv());
            double w = EffectiveParameters.synapticWeight(cell, s);
            if (drive != 0) { // inverse ∘ derive on conductances
                double g = InverseDesign.synapticConductance(w, cell, s.timeConstantMs(), s.reversalMv());
                assertEquals(s.conductanceNs(), g, 1e-12 * s.conductanceNs());
            }
            double target = Math.signum(drive) * Math.abs(w + 0.37); // a feasible target weight
            if (drive != 0) { // derive ∘ inverse on weights
                double g = InverseDesign.synapticConductance(target, cell, s.timeConstantMs(), s.reversalMv());
                double back = EffectiveParameters.synapticWeight(cell, new SynapseParameters(g, s.timeConstantMs(), s.reversalMv()));
                assertEquals(target, back, 1e-12 * Math.abs(target));
                double iTheta = InverseDesign.restingThreshold(w, cell.restingLeakNs(), cell.thresholdSlopeMv());
                CellParameters designed = new CellParameters(cell.capacitancePf(), cell.restingLeakNs(), cell.leakReversalMv(),
                        cell.thresholdSlopeMv(), iTheta, cell.gain(), cell.betaHzPerPa(), 0);
                assertEquals(w, EffectiveParameters.threshold(designed), 1e-12 * (Math.abs(w) + Math.abs(iTheta)));
            }
        });
    }

    @Test
    void aWeightWhoseSignTheDrivingForceCannotGiveIsRejectedWithTheReason() {
        CellParameters cell = new CellParameters(200, 10, -70, 20, 0, CellParameters.THRESHOLD_LINEAR, 0.1, 0);
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> InverseDesign.synapticConductance(1.0, cell, 10, -80)); // excitatory target through GABA_A
        assertEquals("W", e.parameter());
        assertTrue(e.getMessage().contains("V_syn > V_leak + v_theta = -50 mV, but V_syn = -80 mV"), e.getMessage());
        assertEquals("W_ext", assertThrows(InvalidParameterException.class,
                () -> InverseDesign.externalConductance(-1.0, cell, 5, 0)).parameter());
        assertEquals(0.0, InverseDesign.synapticConductance(0, cell, 5, -50));
    }

    /** 0/1 units with θ and ±1 units with θ′ = 2θ − Σ W − W_ext (11.39) follow the same trajectory. */
    @Test
    void binaryZeroOneAndPlusMinusFormsGiveIdenticalTrajectories() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            int n = 2 + random.nextInt(30);
            double[][] w = new double[n][n];
            double[] wExt = new double[n];
            double[] theta = new double[n];
            double[] s01 = new double[n];
            double[] ext01 = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    w[i][j] = random.nextGaussian() * 10;
                }
                wExt[i] = random.nextGaussian() * 10;
                theta[i] = random.nextGaussian() * 20;
                s01[i] = random.nextBoolean() ? 1 : 0;
                ext01[i] = random.nextBoolean() ? 1 : 0;
            }
            var matrix = org.ratenet.api.spec.WeightMatrix.Dense.of(w);
            double[] thetaPrime = BinaryNetwork.plusMinusThresholds(matrix, wExt, theta);
            double[] spm = new double[n];
            double[] extPm = new double[n];
            for (int i = 0; i < n; i++) {
                spm[i] = 2 * s01[i] - 1;
                extPm[i] = 2 * ext01[i] - 1;
            }
            for (int sweep = 0; sweep < 20; sweep++) {
                int[] order = random.ints(n, 0, n).toArray(); // random sequential, with repeats
                BinaryNetwork.updateZeroOne(matrix, wExt, ext01, theta, order, s01);
                BinaryNetwork.updatePlusMinus(matrix, wExt, extPm, thetaPrime, order, spm);
                for (int i = 0; i < n; i++) {
                    assertEquals(2 * s01[i] - 1, spm[i], "sweep " + sweep + " unit " + i);
                }
            }
        });
    }

    @Test
    void invalidParametersAreRejectedWithTheirNames() {
        assertEquals("C_m", assertThrows(InvalidParameterException.class,
                () -> new CellParameters(0, 10, -70, 20, 0, "threshold_linear", 0.1, 0)).parameter());
        assertEquals("g_L", assertThrows(InvalidParameterException.class,
                () -> new CellParameters(200, -1, -70, 20, 0, "threshold_linear", 0.1, 0)).parameter());
        assertEquals("V_leak", assertThrows(InvalidParameterException.class,
                () -> new CellParameters(200, 10, Double.NaN, 20, 0, "threshold_linear", 0.1, 0)).parameter());
        assertEquals("v_theta", assertThrows(InvalidParameterException.class,
                () -> new CellParameters(200, 10, -70, Double.POSITIVE_INFINITY, 0, "threshold_linear", 0.1, 0)).parameter());
        assertEquals("gain", assertThrows(InvalidParameterException.class,
                () -> new CellParameters(200, 10, -70, 20, 0, "tanh", 0.1, 0)).parameter());
        assertEquals("r_max", assertThrows(InvalidParameterException.class,
                () -> new CellParameters(200, 10, -70, 20, 0, "sigmoid", 0.1, 0)).parameter());
        assertEquals("beta", assertThrows(InvalidParameterException.class,
                () -> new CellParameters(200, 10, -70, 20, 0, "threshold_linear", 0, 0)).parameter());
        qt().forAll(doubles().between(-1e6, 0)).checkAssert(t -> {
            assertEquals("tau_syn", assertThrows(InvalidParameterException.class, () -> new SynapseParameters(1, t, 0)).parameter());
            assertEquals("tau_ext", assertThrows(InvalidParameterException.class, () -> new ExternalInput(1, t, 0, 5)).parameter());
        });
        for (double bad : List.of(Double.NaN, -1.0, Double.NEGATIVE_INFINITY)) {
            assertEquals("G_syn", assertThrows(InvalidParameterException.class, () -> new SynapseParameters(bad, 5, 0)).parameter());
            assertEquals("r_ext", assertThrows(InvalidParameterException.class, () -> new ExternalInput(1, 5, 0, bad)).parameter());
        }
    }
}
