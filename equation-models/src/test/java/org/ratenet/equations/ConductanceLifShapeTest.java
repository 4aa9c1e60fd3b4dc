package org.ratenet.equations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.ratenet.api.dynamics.InputChannel;
import org.ratenet.api.dynamics.PopulationContext;
import org.ratenet.api.dynamics.PopulationDynamics;
import org.ratenet.api.dynamics.SpikingNeuronModel;
import org.ratenet.api.dynamics.SynapticInput;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.units.Unit;

/**
 * An equation model that is a conductance-based LIF runs the built-in LIF's vectorised passes: recognised only where its
 * equations have that form, with the coefficients read off its equation (C = 250 pF, g_L = 12.5 nS for τ_m = 20 ms), and
 * step by step the same voltages and spikes as the built-in LIF to 1e-9 mV under the same conductance input.
 */
class ConductanceLifShapeTest {

    private static final List<InputChannel> COBA_CHANNELS = List.of(InputChannel.jump(), InputChannel.conductance(5, 60),
            InputChannel.conductance(10, -80));

    private static PopulationDynamics population(EquationModel model, List<InputChannel> channels, int size) {
        return model.dynamics(model.build(ParameterSet.EMPTY), new PopulationContext("P", size, 0.1, channels, 30,
                RandomSource.XO_RO_SHI_RO_128_PP.create(7L)));
    }

    @Test
    void theLifWithConductanceSynapsesHasTheShapeAndItsCoefficients() {
        EquationModel lif = EquationModel.parse(StandardModels.lif("lif_eq"));
        assertInstanceOf(ConductanceLifPopulation.class, population(lif, COBA_CHANNELS, 10));
        ConductanceLifShape shape = ConductanceLifShape.of(lif.checked, Discretization.of(lif.checked, new InputShape(true, true)),
                lif.build(ParameterSet.EMPTY).baseValues()).orElseThrow();
        assertEquals(12.5, shape.leakNs(), 1e-12);
        assertEquals(1.0 / 250, shape.dtOverCPerMs(), 1e-15);
        assertEquals(30, shape.leakDrive(30), 1e-12, "g_L E_L + I with E_L = 0");
        assertEquals(20, shape.thresholdMv(), 0);
        assertEquals(10, shape.resetMv(), 0);
    }

    @Test
    void otherShapesKeepTheirGeneratedCode() {
        assertFalse(population(EquationModel.parse(StandardModels.eif("eif")), COBA_CHANNELS, 4) instanceof ConductanceLifPopulation,
                "nonlinear in V");
        assertFalse(population(EquationModel.parse(StandardModels.adex("adex")), COBA_CHANNELS, 4) instanceof ConductanceLifPopulation,
                "two variables");
        ModelDefinition.Builder strict = ModelDefinition.builder("strict").equations("dV/dt = (E_L - V)/tau_m + I_syn/C_m : mV")
                .threshold("V > V_th").reset("V = V_reset").parameter("tau_m", "20 ms").parameter("C_m", "250 pF").parameter("E_L", "0 mV")
                .parameter("V_th", "20 mV").parameter("V_reset", "10 mV").initial("V", "0 mV");
        assertFalse(population(EquationModel.parse(strict.build()), COBA_CHANNELS, 4) instanceof ConductanceLifPopulation,
                "V > V_th fires one step later at equality than the pass's V >= V_th");
        EquationModel lif = EquationModel.parse(StandardModels.lif("lif_eq"));
        assertFalse(population(lif, List.of(InputChannel.jump(), InputChannel.conductance(5, 0), InputChannel.current(5)), 4)
                instanceof ConductanceLifPopulation, "a current channel too");
        assertFalse(population(lif, List.of(InputChannel.jump()), 4) instanceof ConductanceLifPopulation, "no conductance: exact propagators");
    }

    @Test
    void stepByStepTheSameVoltagesAndSpikesAsTheBuiltInLif() {
        int n = 203;
        EquationModel equations = EquationModel.parse(StandardModels.lif("lif_eq"));
        PopulationDynamics fromEquations = population(equations, COBA_CHANNELS, n);
        @SuppressWarnings("unchecked")
        SpikingNeuronModel<Record> builtIn = (SpikingNeuronModel<Record>) Ratenet.create().neuronModels().get("lif");
        PopulationDynamics lif = builtIn.dynamics(builtIn.build(ParameterSet.builder().put("tau_m", 20, Unit.MS).put("C_m", 250, Unit.PF)
                .put("E_L", 0, Unit.MV).put("V_th", 20, Unit.MV).put("V_reset", 10, Unit.MV).put("t_ref", 2, Unit.MS).build()),
                new PopulationContext("P", n, 0.1, COBA_CHANNELS, 30, RandomSource.XO_RO_SHI_RO_128_PP.create(7L)));
        double[] v1 = fromEquations.state().variable("V").values();
        double[] v2 = lif.state().variable("V_m").values();
        System.arraycopy(v1, 0, v2, 0, n);
        double[] in1 = new double[3 * n];
        double[] in2 = new double[3 * n];
        SplittableRandom random = new SplittableRandom(11);
        int spikes = 0;
        for (int step = 0; step < 2000; step++) {
            for (int i = 0; i < n; i++) {
                in1[n + i] = in2[n + i] = random.nextInt(4) == 0 ? 6 : 0;
                in1[2 * n + i] = in2[2 * n + i] = random.nextInt(20) == 0 ? 40 : 0;
            }
            List<Integer> fired1 = new java.util.ArrayList<>();
            List<Integer> fired2 = new java.util.ArrayList<>();
            fromEquations.update(0, n, step, input(in1, n), fired1::add);
            lif.update(0, n, step, input(in2, n), fired2::add);
            assertEquals(fired2, fired1, "spikes in step " + step);
            spikes += fired1.size();
            for (int i = 0; i < n; i++) {
                assertEquals(v2[i], v1[i], 1e-9, "neuron " + i + " after step " + step);
            }
        }
        assertTrue(spikes > 50, "the neurons fire: " + spikes);
    }

    private static SynapticInput input(double[] buffer, int n) {
        return new SynapticInput() {
            @Override
            public double[] buffer() {
                return buffer;
            }

            @Override
            public int offset(int channel) {
                return channel * n;
            }
        };
    }
}
