package org.ratenet.validation.suites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.spec.ExperimentSpec;
import org.ratenet.api.spec.SimulationSpec;
import org.ratenet.validation.CheckResult;
import org.ratenet.validation.Tier;
import org.ratenet.validation.ValidationContext;

class ConductanceSpikingSuiteTest {

    @Test
    void theLecturesDerivationAgainstTheSpikingNetwork() {
        ValidationContext context = new ValidationContext(Tier.QUICK, 3, Ratenet.create(), Optional.empty());
        List<CheckResult> results = new ConductanceSpikingSuite().run(context);
        for (CheckResult r : results) {
            System.out.println(r.summary());
        }
        CheckResult shift = results.get(0);
        assertEquals(CheckResult.Verdict.REPORTED, shift.verdict(), shift::summary);
        assertTrue(shift.maxDiscrepancy() < 2, shift::summary); // for this cell the threshold shift the lecture assumes holds within 2 %
        assertTrue(shift.details().stream().anyMatch(d -> d.contains("slope change at 20 nS")), shift::summary);
        CheckResult rates = results.get(1);
        assertEquals(CheckResult.Verdict.REPORTED, rates.verdict(), rates::summary);
        // E and I of 20 generated networks, less those whose derived network runs away (reported as such)
        long runaway = rates.details().stream().filter(d -> d.contains("no fixed point")).count();
        assertEquals(40, rates.tries() + 2 * runaway, rates::summary);
        assertTrue(rates.tries() >= 20, rates::summary);
        assertTrue(rates.details().stream().anyMatch(d -> d.startsWith("where it grows")), rates::summary);
    }

    /** Suites run as engine tasks simulate on one thread: the same results as on two (the spikes do not depend on it). */
    @Test
    void oneSimulationThreadGivesTheResultsOfTwo() {
        ValidationContext two = new ValidationContext(Tier.QUICK, 3, Ratenet.create(), Optional.of(
                new ExperimentSpec(ConductanceSpikingSuite.referenceNetwork(8), new SimulationSpec(100, 0.1, 0, 1), Map.of())));
        assertEquals(ValidationContext.DEFAULT_SIMULATION_THREADS, two.simulationThreads());
        CheckResult onTwo = new ConductanceSpikingSuite().run(two).get(1);
        CheckResult onOne = new ConductanceSpikingSuite().run(two.withSimulationThreads(1)).get(1);
        assertEquals(onTwo.details(), onOne.details());
        assertEquals(onTwo.maxDiscrepancy(), onOne.maxDiscrepancy());
        RuntimeException e = assertThrows(RuntimeException.class, () -> two.withSimulationThreads(0));
        assertTrue(e.getMessage().contains("simulationThreads") && e.getMessage().contains("0"), e.getMessage());
    }

    /** Where it grows, on the reference network: at a middle drive the derived network is further off than at a strong one. */
    @Test
    void theDiscrepancyShrinksAsTheDriveGrows() {
        ValidationContext context = new ValidationContext(Tier.QUICK, 3, Ratenet.create(), Optional.of(
                new ExperimentSpec(ConductanceSpikingSuite.referenceNetwork(8), new SimulationSpec(100, 0.1, 0, 1), Map.of())));
        CheckResult middle = new ConductanceSpikingSuite().run(context).get(1);
        context = new ValidationContext(Tier.QUICK, 3, Ratenet.create(), Optional.of(
                new ExperimentSpec(ConductanceSpikingSuite.referenceNetwork(16), new SimulationSpec(100, 0.1, 0, 1), Map.of())));
        CheckResult strong = new ConductanceSpikingSuite().run(context).get(1);
        assertTrue(middle.maxDiscrepancy() > strong.maxDiscrepancy(), middle.summary() + "\n" + strong.summary());
    }
}
