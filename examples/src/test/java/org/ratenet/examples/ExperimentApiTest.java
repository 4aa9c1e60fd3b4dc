package org.ratenet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.UnsupportedSpecException;
import org.ratenet.api.experiment.Experiment;
import org.ratenet.api.experiment.ExperimentResults;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.model.Level;
import org.ratenet.rate.meanfield.MeanFieldResult;

class ExperimentApiTest {

    private static final Ratenet RATENET = Ratenet.create();

    @Test
    void eachCallReturnsANewExperimentAndTheSpecIsTheFilesModel() {
        Experiment base = Experiment.of(BrunelModelA.experiment(100, 5, 2));
        Experiment shorter = base.simulate(200, 0.1).seed(9);
        assertEquals(1000, base.spec().simulation().durationMs());
        assertEquals(200, shorter.spec().simulation().durationMs());
        assertEquals(9, shorter.spec().simulation().seed());
        assertNotEquals(base.spec(), shorter.spec());
    }

    @Test
    void withoutChosenLevelsEveryLevelThatCanRepresentTheNetworkRuns() {
        ExperimentResults r = Experiment.of(BrunelModelA.experiment(100, 5, 2)).simulate(200, 0.1).run(RATENET);
        assertTrue(r.ran(Level.MEANFIELD) && r.ran(Level.SPIKING), r.results().keySet().toString());
        assertTrue(r.notRun().containsKey(Level.CONDUCTANCE), r.notRun().toString());
        assertTrue(r.get(Level.MEANFIELD, MeanFieldResult.class).converged());
        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> r.get(Level.CONDUCTANCE, MeanFieldResult.class));
        assertTrue(e.getMessage().contains("did not"), e.getMessage());
    }

    @Test
    void aChosenLevelThatCannotRepresentTheNetworkSaysWhy() {
        Experiment e = Experiment.of(BrunelModelA.experiment(100, 5, 2)).levels(Level.RATE);
        UnsupportedSpecException u = assertThrows(UnsupportedSpecException.class, () -> e.run(RATENET));
        assertTrue(u.getMessage().contains("lif"), u.getMessage());
        assertThrows(InvalidParameterException.class, () -> Experiment.of(BrunelModelA.experiment(100, 5, 2)).levels());
    }
}
