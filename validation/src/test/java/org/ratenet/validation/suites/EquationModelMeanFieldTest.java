package org.ratenet.validation.suites;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.SynapseSpec;
import org.ratenet.api.units.Unit;
import org.ratenet.equations.EquationModel;
import org.ratenet.equations.StandardModels;
import org.ratenet.validation.CaseOutcome;

/**
 * The EIF written as an equation gets its transfer function by first passage, and with it the mean field: on the sparse
 * E-I network of {@code examples/equations/eif-ei.yaml} the {@code meanfield-spiking} comparison (batch means, its
 * stated tolerance) passes, and fails when the mean field is given the wrong reset.
 */
class EquationModelMeanFieldTest {

    private static final Ratenet RATENET = Ratenet.create();
    private static final EquationModel EIF = EquationModel.parse(StandardModels.eif("eif_eq"));

    static NetworkSpec eifNetwork(double resetMv) {
        ComponentSpec eif = ComponentSpec.of(EIF.name(), ParameterSet.builder().put("V_reset", resetMv, Unit.MV).build());
        ComponentSpec ke = ComponentSpec.of("fixed_indegree", ParameterSet.builder().put("indegree", 400).build());
        ComponentSpec ki = ComponentSpec.of("fixed_indegree", ParameterSet.builder().put("indegree", 100).build());
        return NetworkSpec.builder("eif-ei").model(EIF).population("E", 4000, eif).population("I", 1000, eif)
                .projection("E", "E", ke, SynapseSpec.delta(0.2, 1.5)).projection("E", "I", ke, SynapseSpec.delta(0.2, 1.5))
                .projection("I", "E", ki, SynapseSpec.delta(-1.0, 1.5)).projection("I", "I", ki, SynapseSpec.delta(-1.0, 1.5))
                .drive(new DriveSpec.Poisson("E", 12, 1000, SynapseSpec.delta(0.2, 0)))
                .drive(new DriveSpec.Poisson("I", 12, 1000, SynapseSpec.delta(0.2, 0)))
                .build();
    }

    @Test
    void theEquationEifMeetsItsMeanFieldAndAWrongResetIsCaught() {
        CaseOutcome right = MeanFieldSpikingSuite.compare(eifNetwork(-60), RATENET, 1, 3, 5, 2);
        System.out.println("EIF from equations: " + right.line());
        assertTrue(right.passed(), right.line());
        CaseOutcome wrong = MeanFieldSpikingSuite.compare(eifNetwork(-55), eifNetwork(-60), RATENET, 1, 3, 5, 2);
        assertFalse(wrong.passed(), wrong.line());
    }
}
