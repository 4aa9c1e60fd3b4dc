package org.ratenet.validation.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;

import com.google.inject.AbstractModule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestReporter;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.inject.Registrations;
import org.ratenet.api.model.NeuronModel;
import org.ratenet.api.model.TransferFunction;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.registry.Registries;
import org.ratenet.validation.CheckResult;

/**
 * The contract kit: extend this class in a JUnit 5 test, return your model from {@link #model()}, and the tests check
 * what every model the spiking engine runs must do (see {@link ContractChecks}): named errors for bad parameters,
 * determinism under a seed, reset and refractory period, a non-decreasing f–I curve, thread invariance, a checkpoint
 * round trip and, if the model implements {@link TransferFunction}, agreement of that transfer function with the
 * simulated rates under noise.
 *
 * <pre>{@code
 * class MyModelContractTest extends NeuronModelContract<MyParameters> {
 *     protected NeuronModel<MyParameters> model() { return new MyModel(); }
 *     // optional: protected ParameterSet parameters() { ... } when the model's exampleParameters() do not suit
 * }
 * }</pre>
 *
 * @param <P> the model's parameter record
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class NeuronModelContract<P extends Record> {

    private ContractChecks<P> checks;

    /** The model under test. */
    protected abstract NeuronModel<P> model();

    /** A typical valid parameter set; by default the model's {@link NeuronModel#exampleParameters()}. */
    protected ParameterSet parameters() {
        return model().exampleParameters();
    }

    /** The transfer function to check; by default the model's own if it implements {@link TransferFunction}. */
    @SuppressWarnings("unchecked")
    protected Optional<TransferFunction<P>> transferFunction() {
        return model() instanceof TransferFunction<?> t ? Optional.of((TransferFunction<P>) t) : Optional.empty();
    }

    /** The registries the engine resolves the model in: those of the class path, plus the model if it is not there yet. */
    protected Registries registries() {
        Ratenet discovered = Ratenet.create();
        NeuronModel<P> model = model();
        if (discovered.neuronModels().find(model.name()).isPresent()) {
            return discovered.registries();
        }
        return Ratenet.builder().with(new AbstractModule() {
            @Override
            protected void configure() {
                Registrations.addNeuronModel(binder(), model);
            }
        }).build().registries();
    }

    /** The seed of every run of the kit. */
    protected long seed() {
        return 20_261_123L;
    }

    /** The inputs and tolerance of the transfer-function check. */
    protected TransferCheckSettings transferCheckSettings() {
        return TransferCheckSettings.DEFAULT;
    }

    /** The checks, built once per test class. */
    protected final ContractChecks<P> checks() {
        if (checks == null) {
            checks = new ContractChecks<>(model(), parameters(), registries(), transferFunction(), seed(), transferCheckSettings());
        }
        return checks;
    }

    /** Publishes the check's summary (cases, discrepancies) to the test report, then asserts that it passed. */
    private static void assertPassed(CheckResult result, TestReporter reporter) {
        reporter.publishEntry(result.name(), result.summary());
        assumeTrue(result.verdict() != CheckResult.Verdict.SKIPPED, result::summary);
        assertTrue(result.passed(), result::summary);
    }

    @Test
    void badParametersAreRejectedByName(TestReporter reporter) {
        assertPassed(checks().parameterValidation(), reporter);
    }

    @Test
    void theSameSeedGivesTheSameSpikes(TestReporter reporter) {
        assertPassed(checks().determinism(), reporter);
    }

    @Test
    void vIsHeldAtResetDuringTheRefractoryPeriod(TestReporter reporter) {
        assertPassed(checks().resetAndRefractoryPeriod(), reporter);
    }

    @Test
    void theRateGrowsWithTheCurrent(TestReporter reporter) {
        assertPassed(checks().monotoneRateCurve(), reporter);
    }

    @Test
    void spikesDoNotDependOnTheThreadCount(TestReporter reporter) {
        assertPassed(checks().threadInvariance(), reporter);
    }

    @Test
    void aCheckpointedRunResumesBitForBit(TestReporter reporter) {
        assertPassed(checks().checkpointRoundTrip(), reporter);
    }

    @Test
    void theTransferFunctionMatchesTheSimulatedRates(TestReporter reporter) {
        assertPassed(checks().transferFunction(), reporter);
    }
}
