package org.ratenet.plasticity;

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
import org.ratenet.api.spec.ProjectionSpec;
import org.ratenet.api.spec.SynapseSpec;
import org.ratenet.api.units.Unit;
import org.ratenet.rate.meanfield.MeanFieldLevel;
import org.ratenet.rate.meanfield.MeanFieldResult;

class PlasticMeanFieldTest {

    private static final Ratenet RATENET = Ratenet.create();

    private static NetworkSpec brunel(ComponentSpec plasticity) {
        ComponentSpec lif = PlasticEngineTest.lif();
        ComponentSpec ke = ComponentSpec.of("fixed_indegree", ParameterSet.builder().put("indegree", 1000).build());
        ComponentSpec ki = ComponentSpec.of("fixed_indegree", ParameterSet.builder().put("indegree", 250).build());
        return NetworkSpec.builder("brunel").population("E", 10_000, lif).population("I", 2_500, lif)
                .projection(new ProjectionSpec("EE", "E", "E", ke, SynapseSpec.delta(0.1, 1.5), plasticity))
                .projection("E", "I", ke, SynapseSpec.delta(0.1, 1.5))
                .projection("I", "E", ki, SynapseSpec.delta(-0.5, 1.5)).projection("I", "I", ki, SynapseSpec.delta(-0.5, 1.5))
                .drive(new DriveSpec.Poisson("E", 20, 1000, SynapseSpec.delta(0.1, 0)))
                .drive(new DriveSpec.Poisson("I", 20, 1000, SynapseSpec.delta(0.1, 0))).build();
    }

    /** Without plastic projections and with fixed in-degrees, the plastic mean field is the static one. */
    @Test
    void aStaticNetworkGivesTheStaticMeanField() {
        MeanFieldResult reference = new MeanFieldLevel(RATENET.registries()).evaluate(brunel(null));
        PlasticMeanFieldResult plastic = new PlasticMeanField(brunel(null), RATENET.registries(), 20, 1).solve(5);
        for (int a = 0; a < 2; a++) {
            assertEquals(reference.fixedPoints().get(0).ratesHz()[a], plastic.populations().get(a).mean(), 1e-5, "population " + a);
        }
    }

    /** A weight function that is 1 at every rate leaves the rates of the static network, with weights exactly J. */
    @Test
    void aFlatWeightFunctionLeavesTheStaticRatesAndWeightsJ() {
        ComponentSpec flat = ComponentSpec.of("trace", ParameterSet.builder().put("r_p", 1, Unit.HZ).put("weight_function", "hebbian")
                .put("nu_ref", 1e-3, Unit.HZ).put("w_min", 1).put("w_max", 1).build());
        PlasticMeanFieldResult withFlat = new PlasticMeanField(brunel(flat), RATENET.registries(), 20, 1).solve(5);
        PlasticMeanFieldResult without = new PlasticMeanField(brunel(null), RATENET.registries(), 20, 1).solve(5);
        assertEquals(without.populations().get(0).mean(), withFlat.populations().get(0).mean(), 1e-9);
        assertEquals(0.1, withFlat.projections().get(0).mean(), 1e-15);
        assertEquals(0, withFlat.projections().get(0).standardDeviation(), 1e-15);
        assertTrue(withFlat.warnings().stream().noneMatch(w -> w.code().equals("small-alpha")), withFlat.warnings().toString());
    }

    @Test
    void smallAlphaIsWarnedAndOtherRulesAreRefusedByName() {
        ComponentSpec fast = ComponentSpec.of("trace", ParameterSet.builder().put("r_p", 100, Unit.HZ).put("weight_function", "hebbian")
                .put("nu_ref", 32, Unit.HZ).put("w_min", 0.5).put("w_max", 1).build());
        PlasticMeanFieldResult result = new PlasticMeanField(brunel(fast), RATENET.registries(), 20, 1).solve(5);
        assertTrue(result.warnings().stream().anyMatch(w -> w.code().equals("small-alpha")), result.warnings().toString());
        ComponentSpec stdp = ComponentSpec.of("stdp", ParameterSet.builder().put("A_plus", 0.01).put("A_minus", 0.01).put("w_max", 2).build());
        UnsupportedSpecException e = assertThrows(UnsupportedSpecException.class, () -> new PlasticMeanField(brunel(stdp), RATENET.registries(), 20, 1));
        assertTrue(e.getMessage().contains("stdp") && e.getMessage().contains("EE"), e.getMessage());
    }
}
