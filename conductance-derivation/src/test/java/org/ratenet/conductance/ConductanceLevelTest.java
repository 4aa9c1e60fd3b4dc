package org.ratenet.conductance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ratenet.api.error.UnsupportedSpecException;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.model.Level;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.SynapseSpec;
import org.ratenet.api.units.Unit;

class ConductanceLevelTest {

    private static final Ratenet RATENET = Ratenet.create();

    private static ComponentSpec cell(double vLeak, double vTheta) {
        return ComponentSpec.of("conductance_rate", ParameterSet.builder().put("C_m", 200, Unit.PF).put("g_L", 10, Unit.NS)
                .put("V_leak", vLeak, Unit.MV).put("v_theta", vTheta, Unit.MV).put("I_theta", 0, Unit.PA)
                .put("beta", 0.1, Unit.HZ_PER_PA).build());
    }

    private static ComponentSpec indegree(int k) {
        return ComponentSpec.of("fixed_indegree", ParameterSet.builder().put("indegree", k).put("multapses", false).build());
    }

    /** E (400 neurons) and I (100) with AMPA 0.5 nS/5 ms/0 mV and GABA_A 1 nS/10 ms/−75 mV, K_E = 40, K_I = 10. */
    static NetworkSpec ei() {
        return ei(400, 100);
    }

    static NetworkSpec ei(int nE, int nI) {
        return NetworkSpec.builder("ei")
                .population("E", nE, cell(-70, 20))
                .population("I", nI, cell(-65, 15))
                .projection("E", "E", indegree(40), SynapseSpec.conductance(0.5, 5, 0, 1.5))
                .projection("E", "I", indegree(40), SynapseSpec.conductance(0.5, 5, 0, 1.5))
                .projection("I", "E", indegree(10), SynapseSpec.conductance(1, 10, -75, 1))
                .projection("I", "I", indegree(10), SynapseSpec.conductance(1, 10, -75, 1))
                .drive(new DriveSpec.Poisson("E", 2, 1000, SynapseSpec.conductance(0.5, 5, 0, 0)))
                .build();
    }

    @Test
    void theLevelIsRegisteredAndGivesTheHandComputedNumbers() {
        Level<?> level = RATENET.levels().get("conductance");
        DerivedRateNetwork d = (DerivedRateNetwork) level.evaluate(ei());
        // W[E<-E] = K G tau (V_syn - v_theta - V_leak) = 40 · 0.5 nS · 5 ms · (0 - 20 + 70) mV = 5000 fC = 5 pA/Hz
        assertEquals(5.0, d.weights().get(0, 0), 1e-12);
        // W[E<-I] = 10 · 1 nS · 10 ms · (-75 - 20 + 70) mV = -2500 fC = -2.5 pA/Hz
        assertEquals(-2.5, d.weights().get(0, 1), 1e-12);
        // W_ext[E] = 0.5 nS · 5 ms · 50 mV = 0.125 pA/Hz at r_ext = 2000 Hz; theta[E] = 10 nS · 20 mV = 200 pA
        assertEquals(0.125, d.externalWeight(0), 1e-15);
        assertEquals(2000, d.externalRateHz(0));
        assertEquals(200, d.threshold(0), 1e-12);
        assertEquals(0, d.externalRateHz(1));
        assertEquals(2 * 200 - (5.0 - 2.5) - 0.125, d.binaryThreshold(0), 1e-12);
        assertEquals(20, d.timeConstantMs(0), 1e-12);
        assertEquals(SynapseSign.INHIBITORY, d.sign(2));
        assertTrue(d.explainEntry(0).explain().contains("K = 40"), d.explainEntry(0).explain());
        assertTrue(d.uniformFeedback().isEmpty());
    }

    /** With fixed in-degree every neuron's row of W sums to the population coupling K·W_syn. */
    @Test
    void neuronLevelRowSumsEqualThePopulationCoupling() {
        ConductanceLevel level = new ConductanceLevel(RATENET.registries());
        DerivedRateNetwork pop = level.evaluate(ei());
        DerivedRateNetwork neurons = level.evaluateNeurons(ei(), 42);
        assertEquals(500, neurons.size());
        assertEquals(40 * 400 + 40 * 100 + 10 * 400 + 10 * 100, neurons.source().synapseCount());
        for (int i = 0; i < 500; i++) {
            int p = i < 400 ? 0 : 1;
            double expected = pop.weights().rowSum(p);
            assertEquals(expected, neurons.weights().rowSum(i), 1e-12 * 10, "neuron " + i);
            assertEquals(pop.binaryThreshold(p), neurons.binaryThreshold(i), 1e-9);
        }
        assertEquals(neurons.weights(), level.evaluateNeurons(ei(), 42).weights()); // same seed, same network
    }

    /** Above {@link ConductanceDerivation#DENSE_LIMIT} units W is stored sparse, with the same row sums. */
    @Test
    void largeNeuronLevelNetworksAreSparseWithTheSameCoupling() {
        ConductanceLevel level = new ConductanceLevel(RATENET.registries());
        DerivedRateNetwork neurons = level.evaluateNeurons(ei(2400, 600), 7);
        assertTrue(neurons.weights() instanceof org.ratenet.api.spec.WeightMatrix.Sparse);
        assertEquals(2400 * 50 + 600 * 50, neurons.weights().storedEntries());
        DerivedRateNetwork pop = level.evaluate(ei(2400, 600));
        for (int i = 0; i < 3000; i += 7) {
            assertEquals(pop.weights().rowSum(i < 2400 ? 0 : 1), neurons.weights().rowSum(i), 1e-10);
        }
    }

    @Test
    void aShuntingSynapseIsFlaggedAndASingleExcitatoryPopulationGetsUniformFeedback() {
        NetworkSpec shunt = NetworkSpec.builder("shunt")
                .population("E", 100, cell(-70, 20))
                .projection("E", "E", indegree(50), SynapseSpec.conductance(2, 5, -50, 1)) // V_syn = V_leak + v_theta
                .build();
        DerivedRateNetwork d = new ConductanceLevel(RATENET.registries()).evaluate(shunt);
        assertEquals(SynapseSign.SHUNTING, d.sign(0));
        assertEquals(0.0, d.weights().get(0, 0));
        assertTrue(d.warnings().stream().anyMatch(w -> w.code().equals("shunting-synapse")), d.warnings().toString());

        NetworkSpec excitatory = NetworkSpec.builder("exc")
                .population("E", 100, cell(-70, 20))
                .projection("E", "E", indegree(50), SynapseSpec.conductance(2, 5, 0, 1)) // J = 50 · 2 · 5 · 50 fC = 25 pA/Hz
                .build();
        UniformFeedback u = new ConductanceLevel(RATENET.registries()).evaluate(excitatory).uniformFeedback().orElseThrow();
        assertEquals(25, u.couplingPaPerHz(), 1e-12);
        assertEquals(2.5, u.loopGain(), 1e-12); // β J = 0.1 · 25
        assertEquals(200.0 / (25 - 10), u.closedFormRate(), 1e-12); // θ / (N W0 − 1/β)
        assertTrue(new ConductanceLevel(RATENET.registries()).evaluate(excitatory).warnings().stream()
                .anyMatch(w -> w.code().equals("unstable-uniform-feedback")));
    }

    /** Across levels: the gains the conductance level writes into its rate network resolve in the gain registry. */
    @Test
    void theDerivedRateNetworkNamesGainsTheRateLevelKnows() {
        org.ratenet.api.spec.RateNetworkSpec rates = new ConductanceLevel(RATENET.registries()).evaluate(ei()).toRateNetwork();
        for (ComponentSpec gain : rates.gains()) {
            org.ratenet.api.model.GainFunction f = RATENET.gains().get(gain.kind()).build(gain.parameters());
            assertEquals(0.1, f.derivative(1), 1e-12); // threshold-linear, β = 0.1 Hz/pA above threshold
        }
    }

    @Test
    void specsTheLevelCannotRepresentAreRefusedNamingTheFeature() {
        ConductanceLevel level = new ConductanceLevel(RATENET.registries());
        NetworkSpec delta = NetworkSpec.builder("d").population("E", 10, cell(-70, 20))
                .projection("E", "E", indegree(5), SynapseSpec.delta(0.1, 1)).build();
        UnsupportedSpecException e = assertThrows(UnsupportedSpecException.class, () -> level.evaluate(delta));
        assertTrue(e.getMessage().contains("delta synapses of projection E->E"), e.getMessage());
        NetworkSpec lif = NetworkSpec.builder("l").population("E", 10, ComponentSpec.of("lif")).build();
        assertTrue(assertThrows(UnsupportedSpecException.class, () -> level.evaluate(lif)).getMessage().contains("neuron model 'lif'"));
        NetworkSpec current = NetworkSpec.builder("c").population("E", 10, cell(-70, 20))
                .drive(new DriveSpec.Current("E", 100)).build();
        assertTrue(assertThrows(UnsupportedSpecException.class, () -> level.evaluate(current)).getMessage().contains("drive"));
    }
}
