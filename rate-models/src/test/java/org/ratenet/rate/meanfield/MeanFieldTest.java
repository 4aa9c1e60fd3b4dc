package org.ratenet.rate.meanfield;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.ratenet.api.neuron.SiegertFunction;
import org.ratenet.api.neuron.SiegertReference;
import org.ratenet.api.error.UnsupportedSpecException;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.SynapseSpec;
import org.ratenet.api.units.Unit;

class MeanFieldTest {

    private static final Ratenet RATENET = Ratenet.create();

    static ComponentSpec lif(double vReset) {
        return ComponentSpec.of("lif", ParameterSet.builder().put("tau_m", 20, Unit.MS).put("V_th", 20, Unit.MV)
                .put("V_reset", vReset, Unit.MV).put("E_L", 0, Unit.MV).put("t_ref", 2, Unit.MS).build());
    }

    static ComponentSpec indegree(int k) {
        return ComponentSpec.of("fixed_indegree", ParameterSet.builder().put("indegree", k).build());
    }

    /** Brunel (2000) model A as in examples/brunel-a.yaml and the NEST seed (V_reset = 0 mV there). */
    static NetworkSpec brunelA(double g, double eta) {
        double j = 0.1;
        double nuTh = 20 / (j * 1000 * 20) * 1000; // theta / (J C_E tau_m) = 10 Hz
        return NetworkSpec.builder("brunel-a")
                .population("E", 10_000, lif(0)).population("I", 2_500, lif(0))
                .projection("E", "E", indegree(1000), SynapseSpec.delta(j, 1.5))
                .projection("E", "I", indegree(1000), SynapseSpec.delta(j, 1.5))
                .projection("I", "E", indegree(250), SynapseSpec.delta(-g * j, 1.5))
                .projection("I", "I", indegree(250), SynapseSpec.delta(-g * j, 1.5))
                .drive(new DriveSpec.Poisson("E", eta * nuTh, 1000, SynapseSpec.delta(j, 0)))
                .drive(new DriveSpec.Poisson("I", eta * nuTh, 1000, SynapseSpec.delta(j, 0)))
                .build();
    }

    /**
     * Reference: E and I are identical in model A, so ν solves the scalar equation ν = Φ(μ(ν), σ(ν)) with
     * μ = 20 ms · (100 ν + 250 (−0.5) ν + 100 · 20) = 40 − 0.5 ν mV and σ² = 20 ms · (10 ν + 62.5 ν + 200) mV²/Hz
     * = 4 + 1.45 ν mV². Solved here by bisection with {@link SiegertReference} (an independent formula and
     * quadrature). Offline, mpmath 1.3 at 30 digits (erfc-based integrand, findroot) gives 32.0331145038683 Hz.
     */
    @Test
    void brunelModelAFixedPointAgreesWithAnIndependentComputation() {
        double lo = 1;
        double hi = 100;
        for (int i = 0; i < 100; i++) {
            double mid = 0.5 * (lo + hi);
            double f = SiegertReference.rate(20, 20, 0, 2, 40 - 0.5 * mid, Math.sqrt(4 + 1.45 * mid)) - mid;
            if (f > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double reference = 0.5 * (lo + hi);
        assertEquals(32.0331145038683, reference, 1e-9);

        MeanFieldResult result = RATENET.levels().get("meanfield") instanceof MeanFieldLevel level
                ? level.evaluate(brunelA(5, 2)) : null;
        assertTrue(result != null && result.converged());
        assertEquals(1, result.fixedPoints().size(), result.fixedPoints().toString());
        MeanFieldResult.FixedPoint p = result.fixedPoints().get(0);
        assertEquals(reference, p.ratesHz()[0], 1e-6 * reference);
        assertEquals(reference, p.ratesHz()[1], 1e-6 * reference);
        assertEquals(40 - 0.5 * reference, p.muMv()[0], 1e-6);
        assertEquals(Math.sqrt(4 + 1.45 * reference), p.sigmaMv()[0], 1e-6);
        assertTrue(p.stable());
        assertTrue(p.residualHz() < 1e-9);
    }

    /** From random starts the pseudo-time dynamics settle where Newton converged (inhibition-dominated networks). */
    @Test
    void newtonAndPseudoTimeAgreeOnTheFixedPoint() {
        qt().withExamples(60).forAll(doubles().between(4, 8), doubles().between(0.8, 4), integers().between(100, 1000),
                doubles().between(0.05, 0.3)).checkAssert((g, eta, k, j) -> {
                    NetworkSpec spec = NetworkSpec.builder("ei")
                            .population("E", 4 * k, lif(10)).population("I", k, lif(10))
                            .projection("E", "E", indegree(k), SynapseSpec.delta(j, 1.5))
                            .projection("E", "I", indegree(k), SynapseSpec.delta(j, 1.5))
                            .projection("I", "E", indegree(k / 4), SynapseSpec.delta(-g * j, 1.5))
                            .projection("I", "I", indegree(k / 4), SynapseSpec.delta(-g * j, 1.5))
                            .drive(new DriveSpec.Poisson("E", eta * 20 / (j * k * 20) * 1000, k, SynapseSpec.delta(j, 0)))
                            .drive(new DriveSpec.Poisson("I", eta * 20 / (j * k * 20) * 1000, k, SynapseSpec.delta(j, 0)))
                            .build();
                    MeanFieldModel model = MeanFieldModel.of(spec, RATENET.registries());
                    MeanFieldSolver solver = new MeanFieldSolver();
                    MeanFieldResult result = solver.solve(model);
                    assertTrue(result.converged());
                    MeanFieldResult.FixedPoint stable = result.stable().orElseThrow();
                    double[] relaxed = solver.pseudoTime(model, new double[] {1, 1});
                    for (int a = 0; a < 2; a++) {
                        assertEquals(stable.ratesHz()[a], relaxed[a], 1e-5 * (1 + stable.ratesHz()[a]));
                    }
                });
    }

    /**
     * A strongly recurrent excitatory population (μ = 4 mV/Hz · ν + 10 mV) is bistable: a quiet state and a
     * state near the refractory limit, both stable, separated by an unstable one; all three are found.
     */
    @Test
    void severalStartsFindEveryFixedPointOfABistableNetwork() {
        NetworkSpec spec = NetworkSpec.builder("bistable")
                .population("E", 5000, lif(10))
                .projection("E", "E", indegree(1000), SynapseSpec.delta(0.2, 1))
                .drive(new DriveSpec.Poisson("E", 5, 1000, SynapseSpec.delta(0.1, 0))) // 10 mV, σ² 1 mV²
                .build();
        MeanFieldResult result = new MeanFieldLevel(RATENET.registries()).evaluate(spec);
        assertEquals(3, result.fixedPoints().size(), result.fixedPoints().toString());
        assertTrue(result.fixedPoints().get(0).stable());
        assertFalse(result.fixedPoints().get(1).stable());
        assertTrue(result.fixedPoints().get(2).stable());
        assertTrue(result.fixedPoints().get(0).ratesHz()[0] < 1);
        assertTrue(result.fixedPoints().get(2).ratesHz()[0] > 300);
        assertEquals(result.fixedPoints().get(0), result.stable().orElseThrow());
    }

    /** The pseudo-time dynamics, run on their own, relax to the stable fixed point with rate 1/τ_m or faster. */
    @Test
    void pseudoTimeTrajectoryRelaxesToTheStableFixedPoint() {
        MeanFieldModel model = MeanFieldModel.of(brunelA(5, 2), RATENET.registries());
        MeanFieldSolver solver = new MeanFieldSolver();
        double fixed = solver.solve(model).stable().orElseThrow().ratesHz()[0];
        org.ratenet.api.result.TimeSeries ts = solver.trajectory(model, new double[] {1, 80}, 1000, 10);
        assertEquals(101, ts.length());
        double[] e = ts.channel("E.rate");
        double[] i = ts.channel("I.rate");
        assertEquals(1, e[0]);
        assertEquals(fixed, e[100], 1e-6 * fixed);
        assertEquals(fixed, i[100], 1e-6 * fixed);
    }

    /** Exponential current synapses enter as J = w τ_s / C_m with the colored-noise shift. */
    @Test
    void currentSynapsesUseTheirChargeAndTheColoredNoiseShift() {
        NetworkSpec spec = NetworkSpec.builder("exp")
                .population("E", 1000, lif(10))
                .drive(new DriveSpec.Poisson("E", 10, 500, SynapseSpec.current(50, 2, 0)))
                .build();
        MeanFieldModel model = MeanFieldModel.of(spec, RATENET.registries());
        double[] drift = new double[1];
        double[] diffusion = new double[1];
        model.moments(new double[] {0}, drift, diffusion);
        double j = 50 * 2 / 250.0; // w tau_s / C_m with the default C_m = 250 pF: 0.4 mV
        assertEquals(1e-3 * 500 * j * 10, drift[0], 1e-15);
        assertEquals(1e-3 * 500 * j * j * 10, diffusion[0], 1e-15);
        double[] mu = new double[1];
        double[] sigma = new double[1];
        double[] phi = new double[1];
        model.transfer(new double[] {0}, phi, null, mu, sigma);
        assertEquals(20e-3 * 500 * j * 10, mu[0], 1e-12);
        assertEquals(Math.sqrt(20e-3 * 500 * j * j * 10), sigma[0], 1e-12);
        assertEquals(2, model.synapticTauMs(0));
        double shift = SiegertFunction.COLORED_NOISE_ALPHA / 2 * Math.sqrt(2 / 20.0) * sigma[0];
        assertEquals(new SiegertFunction(20, 20, 10, 2).rate(mu[0] - shift, sigma[0]), phi[0], 1e-12 * phi[0]);
    }

    @Test
    void noSolutionIsAnExplicitResultWithTheLastIterateAndResidual() {
        // one Newton iteration and 1 ms of pseudo-time per start cannot reach 1e-12 Hz
        MeanFieldSolver impossible = new MeanFieldSolver(new MeanFieldSolver.Settings(1e-12, 1, 0, 1, 1));
        MeanFieldResult result = impossible.solve(MeanFieldModel.of(brunelA(5, 2), RATENET.registries()));
        assertFalse(result.converged());
        assertTrue(result.lastResidual() > 0 && Double.isFinite(result.lastResidual()));
        assertEquals(2, result.lastIterate().length);
        assertTrue(result.warnings().stream().anyMatch(w -> w.code().equals("no-fixed-point")));
    }

    @Test
    void specsOutsideTheDiffusionApproximationAreRefusedOrWarned() {
        MeanFieldLevel level = new MeanFieldLevel(RATENET.registries());
        NetworkSpec conductance = NetworkSpec.builder("c").population("E", 100, lif(10))
                .projection("E", "E", indegree(10), SynapseSpec.conductance(1, 5, 0, 1)).build();
        UnsupportedSpecException e = assertThrows(UnsupportedSpecException.class, () -> level.evaluate(conductance));
        assertTrue(e.getMessage().contains("conductance synapses"), e.getMessage());
        NetworkSpec bigJumps = NetworkSpec.builder("b").population("E", 100, lif(10))
                .projection("E", "E", indegree(20), SynapseSpec.delta(3, 1))
                .drive(new DriveSpec.Poisson("E", 100, 50, SynapseSpec.delta(3, 0))).build();
        MeanFieldResult result = level.evaluate(bigJumps);
        assertTrue(result.warnings().stream().anyMatch(w -> w.code().equals("diffusion-approximation")), result.warnings().toString());
        assertTrue(result.warnings().stream().anyMatch(w -> w.code().equals("many-inputs")));
    }
}
