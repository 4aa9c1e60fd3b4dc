package org.ratenet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.ExperimentSpec;
import org.ratenet.files.ExperimentReader;

/** The model built in code and the model read from examples/brunel-a.yaml are the same spec. */
class BrunelModelATest {

    private static final ExperimentReader READER = new ExperimentReader(Ratenet.create().registries());
    private static final Path FILE = Path.of("brunel-a.yaml");

    @Test
    void codeAndFileDescribeTheSameExperiment() {
        assertEquals(BrunelModelA.experiment(2500, 5.0, 2.0), READER.read(FILE, Map.of()));
    }

    @Test
    void codeAndFileAgreeForOverriddenParameters() {
        qt().withExamples(40).forAll(integers().between(10, 5000), doubles().between(0, 8), doubles().between(0.5, 4))
                .checkAssert((order, g, eta) -> {
                    ExperimentSpec fromFile = READER.read(FILE, Map.of("order", order.toString(), "g", Double.toString(g),
                            "eta", Double.toString(eta)));
                    ExperimentSpec fromCode = BrunelModelA.experiment(order, g, eta);
                    assertEquals(fromCode.network().populations(), fromFile.network().populations());
                    assertEquals(fromCode.network().projections().size(), fromFile.network().projections().size());
                    for (int i = 0; i < 4; i++) {
                        assertEquals(fromCode.network().projections().get(i).synapse().weight(),
                                fromFile.network().projections().get(i).synapse().weight(), 1e-15);
                    }
                    for (int i = 0; i < 2; i++) { // theta/(J C_E tau_m) in Hz: the same to rounding either way
                        DriveSpec.Poisson x = (DriveSpec.Poisson) fromCode.network().drives().get(i);
                        DriveSpec.Poisson y = (DriveSpec.Poisson) fromFile.network().drives().get(i);
                        assertEquals(x.rateHz(), y.rateHz(), 1e-12 * x.rateHz());
                        assertEquals(x.inDegree(), y.inDegree());
                    }
                });
    }
}
