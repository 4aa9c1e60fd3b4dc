package org.ratenet.equations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ratenet.api.model.Level;
import org.ratenet.api.model.TransferFunction;
import org.ratenet.api.neuron.LifModel;
import org.ratenet.api.neuron.LifParameters;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.units.Unit;

/** The transfer function a one-dimensional equation model gets by first passage, and the one a user supplies. */
class TransferFunctionTest {

    @Test
    @SuppressWarnings("unchecked")
    void theEquationLifsFirstPassageRateIsTheSiegertRateOfTheBuiltIn() {
        EquationModel model = EquationModel.parse(StandardModels.lif("lif_eq"));
        TransferFunction<EquationParameters> tf = assertInstanceOf(TransferFunction.class, model);
        ParameterSet p = ParameterSet.builder().put("tau_m", 20, Unit.MS).put("V_th", 20, Unit.MV).put("V_reset", 10, Unit.MV)
                .put("t_ref", 2, Unit.MS).build();
        EquationParameters equations = model.build(p);
        LifModel lif = new LifModel();
        LifParameters builtIn = lif.build(p);
        assertEquals(250.0, tf.capacitancePf(equations), 1e-12);
        assertEquals(20.0, tf.membraneTimeConstantMs(equations), 1e-6);
        assertEquals(10.0, tf.resetToThresholdMv(equations), 1e-12);
        assertEquals(2.0, tf.refractoryMs(equations), 1e-12);
        for (double mu : new double[] {10, 15, 20, 25}) {
            for (double sigma : new double[] {2, 5}) {
                double m = mu / 20; // μ = E_L + τ m, σ² = τ s (Brunel 2000, eqs. 4-5)
                double s = sigma * sigma / 20;
                double siegert = lif.rateHz(builtIn, m, s);
                assertEquals(siegert, tf.rateHz(equations, m, s), 1e-5 * siegert + 1e-9, "mu " + mu + ", sigma " + sigma);
            }
        }
        assertEquals(1000 / (2 + 20 * Math.log(15.0 / 5)), tf.rateHz(equations, 25.0 / 20, 0), 1e-3, "without noise");
    }

    @Test
    void aTwoDimensionalModelHasNoTransferFunctionUntilOneIsSupplied() {
        EquationModel adex = EquationModel.parse(StandardModels.adex("adex"));
        assertFalse(adex instanceof TransferFunction<?>);
        assertFalse(adex.supportedLevels().contains(Level.MEANFIELD));
        assertTrue(adex.unsupportedReason(Level.MEANFIELD).contains("2 state variables [V, w]"), adex.unsupportedReason(Level.MEANFIELD));
        TransferFunction<EquationParameters> constant = (p, m, s) -> 7.0;
        EquationModel supplied = adex.withTransferFunction(constant);
        assertTrue(supplied.supportedLevels().contains(Level.MEANFIELD));
        @SuppressWarnings("unchecked")
        TransferFunction<EquationParameters> tf = assertInstanceOf(TransferFunction.class, supplied);
        assertEquals(7.0, tf.rateHz(supplied.build(supplied.exampleParameters()), 1, 1));
        assertEquals(adex.variables(), supplied.variables());
    }
}
