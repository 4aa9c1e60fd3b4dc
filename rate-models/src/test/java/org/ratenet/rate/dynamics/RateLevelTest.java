package org.ratenet.rate.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ratenet.api.error.UnsupportedSpecException;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.SynapseSpec;
import org.ratenet.api.units.Quantity;
import org.ratenet.api.units.Unit;

class RateLevelTest {

    private static final Ratenet RATENET = Ratenet.create();

    static ComponentSpec unit(double tau) {
        return ComponentSpec.of("rate", ParameterSet.builder().put("tau", tau, Unit.MS).put("theta", 5, Unit.PA)
                .put("beta", Quantity.of(1, Unit.HZ_PER_PA)).put("r_max", 100, Unit.HZ).build());
    }

    /** The E–I pair of examples/rate-ei.yaml in code. */
    static NetworkSpec ei() {
        ComponentSpec all = ComponentSpec.of("all_to_all");
        return NetworkSpec.builder("rate-ei")
                .population("E", 1, unit(10)).population("I", 1, unit(5))
                .projection("E", "E", all, SynapseSpec.rate(1.5)).projection("I", "E", all, SynapseSpec.rate(-2.5))
                .projection("E", "I", all, SynapseSpec.rate(2.0)).projection("I", "I", all, SynapseSpec.rate(-1.0))
                .drive(new DriveSpec.Poisson("E", 10, 1, SynapseSpec.rate(2)))
                .drive(new DriveSpec.Poisson("I", 10, 1, SynapseSpec.rate(1)))
                .build();
    }

    /**
     * Below saturation r = μ (β = 1 Hz/pA), so the fixed point solves (1 − W) r = W_ext r_ext − θ:
     * r = (4.375, 6.875) Hz; the Jacobian diag(1/τ)(W − 1) has eigenvalues −0.175 ± 0.2222i per ms (numpy).
     */
    @Test
    void theExampleReachesTheHandComputedStableFocus() {
        RateResult r = (RateResult) RATENET.levels().get("rate").evaluate(ei());
        assertEquals(4.375, r.finalRatesHz()[0], 1e-9);
        assertEquals(6.875, r.finalRatesHz()[1], 1e-9);
        RateFixedPoints.FixedPoint p = r.fixedPoint().orElseThrow();
        assertEquals(Stability.STABLE_OSCILLATORY, p.stability());
        assertEquals(-0.175, p.eigenvalueReal()[0], 1e-12);
        assertEquals(0.2222048604, Math.abs(p.eigenvalueImaginary()[0]), 1e-9);
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void aConstantCurrentLowersTheThreshold() {
        NetworkSpec withCurrent = NetworkSpec.builder("c").population("E", 1, unit(10))
                .drive(new DriveSpec.Current("E", 12)).build();
        RateResult r = new RateLevel(RATENET.registries()).evaluate(withCurrent);
        assertEquals(7, r.finalRatesHz()[0], 1e-9); // [12 − 5]_+ · 1 Hz/pA
    }

    @Test
    void spikingSpecsAreRefusedNamingTheFeature() {
        NetworkSpec lif = NetworkSpec.builder("l").population("E", 10, ComponentSpec.of("lif")).build();
        UnsupportedSpecException e = assertThrows(UnsupportedSpecException.class, () -> new RateLevel(RATENET.registries()).evaluate(lif));
        assertTrue(e.getMessage().contains("neuron model 'lif'"), e.getMessage());
        NetworkSpec delta = NetworkSpec.builder("d").population("E", 10, unit(10))
                .projection("E", "E", ComponentSpec.of("all_to_all"), SynapseSpec.delta(0.1, 1)).build();
        assertTrue(assertThrows(UnsupportedSpecException.class, () -> new RateLevel(RATENET.registries()).evaluate(delta))
                .getMessage().contains("delta synapses"));
    }
}
