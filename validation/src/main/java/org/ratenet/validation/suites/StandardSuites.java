package org.ratenet.validation.suites;

import java.util.List;

import org.ratenet.validation.ValidationSuite;

/** The suites ratenet ships, in the order {@code ratenet validate} runs them. */
public final class StandardSuites {

    private StandardSuites() {
    }

    public static List<ValidationSuite> all() {
        return List.of(new ModelContractSuite(), new ConductanceRateSuite(), new RateBinarySuite(), new MeanFieldSpikingSuite(), new PlasticitySuite(),
                new PlasticMeanFieldSuite(), new NeuralMassSuite(), new NeuralFieldSuite(), new ConductanceSpikingSuite());
    }
}
