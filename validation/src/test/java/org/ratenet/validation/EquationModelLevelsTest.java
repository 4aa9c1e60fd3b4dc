package org.ratenet.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.PopulationSpec;
import org.ratenet.api.spec.SimulationSpec;
import org.ratenet.api.spec.SynapseSpec;
import org.ratenet.api.units.Unit;
import org.ratenet.equations.EquationModel;
import org.ratenet.equations.IntegrationMethod;
import org.ratenet.equations.StandardModels;
import org.ratenet.spiking.engine.SpikeStatistics;
import org.ratenet.spiking.engine.SpikingEngine;
import org.ratenet.spiking.engine.SpikingNetwork;

/**
 * The LIF written as an equation ({@link StandardModels#lif}) against the built-in LIF on the same networks: Brunel
 * (2000) model A at order 2500 with delta synapses (exact propagator) and with current synapses, and the COBA benchmark
 * (conductance synapses, exponential Euler). Excitatory rate and CV of ISIs from 200 ms batches of three seeds each must agree within 3.5
 * standard errors of their difference (batch means; a false failure about once in 2000 runs).
 */
class EquationModelLevelsTest {

    private static final Ratenet RATENET = Ratenet.create();
    private static final EquationModel LIF = EquationModel.parse(StandardModels.lif("lif_eq"));
    private static final long[] SEEDS = {11, 12, 13};
    private static final double BATCH_MS = 200;

    /** The same network with every population's neurons from {@code model} (same parameters). */
    static NetworkSpec withModel(NetworkSpec spec, EquationModel model) {
        List<PopulationSpec> populations = spec.populations().stream()
                .map(p -> new PopulationSpec(p.name(), p.size(), ComponentSpec.of(model.name(), p.neuron().parameters()))).toList();
        return new NetworkSpec(spec.name() + "-equations", populations, spec.projections(), spec.drives(), spec.recording(),
                Map.of(model.name(), model));
    }

    /** Batch means of the rate (Hz) and CV of neurons [0, size) over [warmup, duration) in 200 ms batches, for every seed. */
    static BatchMeans[] measure(NetworkSpec spec, int size, double dt, double warmupMs, double durationMs) {
        List<Double> rates = new ArrayList<>();
        List<Double> cvs = new ArrayList<>();
        for (long seed : SEEDS) {
            try (SpikingEngine engine = new SpikingEngine(SpikingNetwork.build(spec, new SimulationSpec(durationMs, dt, warmupMs, seed),
                    RATENET.registries()), 1)) {
                int steps = (int) Math.round(durationMs / dt);
                engine.run(steps);
                int batch = (int) Math.round(BATCH_MS / dt);
                for (int from = (int) Math.round(warmupMs / dt); from + batch <= steps; from += batch) {
                    SpikeStatistics s = SpikeStatistics.of(engine.spikes(), 0, size, from, from + batch, dt);
                    rates.add(s.rateHz());
                    cvs.add(s.cvIsi());
                }
            }
        }
        return new BatchMeans[] {BatchMeans.of(rates.stream().mapToDouble(Double::doubleValue).toArray()),
            BatchMeans.of(cvs.stream().mapToDouble(Double::doubleValue).toArray())};
    }

    private static void assertAgree(String what, BatchMeans builtIn, BatchMeans equations) {
        double se = Math.hypot(builtIn.standardError(), equations.standardError());
        double difference = equations.mean() - builtIn.mean();
        String line = String.format("%s: built-in %.4f ± %.4f, equations %.4f ± %.4f (SE), difference %.4f = %.2f SE", what, builtIn.mean(),
                builtIn.standardError(), equations.mean(), equations.standardError(), difference, difference / se);
        System.out.println(line);
        assertTrue(Math.abs(difference) <= 3.5 * se, line);
    }

    @Test
    void theEquationLifMatchesTheBuiltInOnBrunelModelA() {
        NetworkSpec builtIn = BrunelVariants.network(0, BrunelVariants.fixedInDegree(1000), BrunelVariants.fixedInDegree(250), SynapseSpec::delta);
        NetworkSpec equations = withModel(builtIn, LIF);
        assertTrue(LIF.method(false) == IntegrationMethod.EXACT);
        BatchMeans[] a = measure(builtIn, 10_000, 0.1, 200, 1000);
        BatchMeans[] b = measure(equations, 10_000, 0.1, 200, 1000);
        assertAgree("Brunel A, E rate (Hz)", a[0], b[0]);
        assertAgree("Brunel A, E CV", a[1], b[1]);
    }

    /**
     * Exponential current synapses (τ_s = 0.5 ms, Brunel A's PSPs): the built-in integrates the current exactly, the
     * equation model holds it at its midpoint value over each step (a relative error of (dt/τ_s)²/24 in each PSP).
     */
    @Test
    void theEquationLifMatchesTheBuiltInWithCurrentSynapses() {
        NetworkSpec builtIn = BrunelVariants.network(10, BrunelVariants.fixedInDegree(1000), BrunelVariants.fixedInDegree(250),
                (psp, delay) -> SynapseSpec.current(psp * 250 / 0.5, 0.5, delay));
        BatchMeans[] a = measure(builtIn, 10_000, 0.1, 200, 1000);
        BatchMeans[] b = measure(withModel(builtIn, LIF), 10_000, 0.1, 200, 1000);
        assertAgree("current synapses, E rate (Hz)", a[0], b[0]);
        assertAgree("current synapses, E CV", a[1], b[1]);
    }

    /** The COBA benchmark of Brette et al. (2007), as {@code examples/coba.yaml}. */
    static NetworkSpec coba() {
        ComponentSpec lif = ComponentSpec.of("lif", ParameterSet.builder().put("tau_m", 20, Unit.MS).put("C_m", 200, Unit.PF)
                .put("E_L", -60, Unit.MV).put("V_th", -50, Unit.MV).put("V_reset", -60, Unit.MV).put("t_ref", 5, Unit.MS).build());
        ComponentSpec p = ComponentSpec.of("pairwise_bernoulli", ParameterSet.builder().put("p", 0.02).build());
        SynapseSpec excitatory = SynapseSpec.conductance(6, 5, 0, 0.1);
        SynapseSpec inhibitory = SynapseSpec.conductance(67, 10, -80, 0.1);
        SynapseSpec kick = SynapseSpec.conductance(6, 5, 0, 0);
        return NetworkSpec.builder("coba").population("E", 3200, lif).population("I", 800, lif)
                .projection("E", "E", p, excitatory).projection("E", "I", p, excitatory)
                .projection("I", "E", p, inhibitory).projection("I", "I", p, inhibitory)
                .drive(new DriveSpec.Poisson("E", 50, 20, kick, 0, 50)).drive(new DriveSpec.Poisson("I", 50, 20, kick, 0, 50))
                .build();
    }

    @Test
    void theEquationLifMatchesTheBuiltInOnTheCobaBenchmark() {
        NetworkSpec builtIn = coba();
        assertTrue(LIF.method(true) == IntegrationMethod.EXPONENTIAL_EULER);
        BatchMeans[] a = measure(builtIn, 3200, 0.1, 200, 1400);
        BatchMeans[] b = measure(withModel(builtIn, LIF), 3200, 0.1, 200, 1400);
        assertAgree("COBA, E rate (Hz)", a[0], b[0]);
        assertAgree("COBA, E CV", a[1], b[1]);
    }
}
