package org.ratenet.validation.suites;

import java.util.ArrayList;
import java.util.List;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.validation.ValidationSuite;

/** The suites ratenet ships, in the order {@code ratenet validate} runs them, and the opt-in ones run only when named. */
public final class StandardSuites {

    private StandardSuites() {
    }

    /** The suites {@code ratenet validate} runs by default. */
    public static List<ValidationSuite> all() {
        return List.of(new ModelContractSuite(), new ConductanceRateSuite(), new RateBinarySuite(), new MeanFieldSpikingSuite(), new PlasticitySuite(),
                new PlasticMeanFieldSuite(), new NeuralMassSuite(), new NeuralFieldSuite(), new ConductanceSpikingSuite());
    }

    /** Suites that need more than Java (another simulator) or much longer, run only when named ({@code --suite}). */
    public static List<ValidationSuite> optIn() {
        return List.of(new SimulatorAgreementSuite());
    }

    /** The suites of these names, default or opt-in; an unknown name is an {@link InvalidParameterException} listing the known. */
    public static List<ValidationSuite> named(List<String> names) {
        List<ValidationSuite> known = new ArrayList<>(all());
        known.addAll(optIn());
        List<ValidationSuite> chosen = new ArrayList<>();
        for (String name : names) {
            ValidationSuite suite = known.stream().filter(s -> s.name().equals(name)).findFirst()
                    .orElseThrow(() -> new InvalidParameterException("--suite", name, "one of " + known.stream().map(ValidationSuite::name).toList()));
            if (!chosen.contains(suite)) {
                chosen.add(suite);
            }
        }
        return chosen;
    }
}
