package org.ratenet.validation.suites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.ExperimentSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.SimulationSpec;
import org.ratenet.validation.CheckResult;
import org.ratenet.validation.Tier;
import org.ratenet.validation.ValidationContext;

/**
 * The opt-in {@code simulator-agreement} suite: not applicable (with the reason) without an experiment, for what PyNN
 * cannot express, and where PyNN is missing; where PyNN and Brian2 are installed, a Brunel-type E-I network of 500 neurons agrees in
 * rates, CVs and Fano factors over four seeds.
 */
class SimulatorAgreementSuiteTest {

    private static final Ratenet RATENET = Ratenet.create();

    private static ValidationContext context(NetworkSpec net) {
        return new ValidationContext(Tier.QUICK, 20_261_206L, RATENET, Optional.of(new ExperimentSpec(net, new SimulationSpec(600, 0.1, 100, 1), Map.of())));
    }

    @Test
    void itSaysWhenItDoesNotApply() {
        SimulatorAgreementSuite suite = new SimulatorAgreementSuite();
        assertTrue(suite.notApplicable(new ValidationContext(Tier.QUICK, 1, RATENET, Optional.empty())).orElseThrow().contains("give a FILE"));
        NetworkSpec rate = NetworkSpec.builder("r").population("E", 10, ComponentSpec.of("rate", ParameterSet.EMPTY)).build();
        assertTrue(suite.notApplicable(context(rate)).orElseThrow().contains("cannot be exported to PyNN"));
        assertEquals(List.of("simulator-agreement"), StandardSuites.named(List.of("simulator-agreement")).stream().map(s -> s.name()).toList());
        assertTrue(StandardSuites.all().stream().noneMatch(s -> s.name().equals("simulator-agreement")), "opt-in: not run by default");
    }

    @Test
    void aSparseEiNetworkAgreesWithPynnOnBrian2() {
        NetworkSpec brunel = new MeanFieldSpikingSuite.RandomEi(400, 40, 0.5, 5, 2, 20, 2, 1.5, 10).spec(); // 500 LIF neurons, delta synapses
        SimulatorAgreementSuite suite = new SimulatorAgreementSuite();
        ValidationContext context = context(brunel);
        Optional<String> why = suite.notApplicable(context);
        assumeTrue(why.isEmpty(), () -> "PyNN with Brian2 is not installed here: " + why.orElse(""));
        CheckResult result = suite.run(context).get(0);
        System.out.println(result.summary());
        assertTrue(result.passed(), result::summary);
        assertEquals(6, result.tries(), result::summary);
    }
}
