package org.ratenet.examples.qif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.ratenet.api.model.TransferFunction;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.validation.CheckResult;
import org.ratenet.validation.contract.ContractChecks;
import org.ratenet.validation.contract.TransferCheckSettings;

/** The contract kit catches a deliberately wrong transfer function: the QIF's, computed with the wrong reset. */
class WrongTransferFunctionTest {

    @Test
    void aTransferFunctionWithTheWrongResetFailsTheKit() {
        QuadraticIntegrateAndFire qif = new QuadraticIntegrateAndFire();
        // the mistake: resetting to the resting potential E_L = −65 mV instead of V_reset = −70 mV
        TransferFunction<QifParameters> wrongReset = (p, m, s) -> qif.rateHz(
                new QifParameters(p.tauMs(), p.capacitancePf(), p.restingMv(), p.criticalMv(), p.peakMv(), p.restingMv(), p.refractoryMs()), m, s);
        ContractChecks<QifParameters> checks = new ContractChecks<>(qif, qif.exampleParameters(), Ratenet.builder().with(new QifModule()).build().registries(),
                Optional.of(wrongReset), 20_261_123L, TransferCheckSettings.DEFAULT);
        CheckResult result = checks.transferFunction();
        assertEquals(CheckResult.Verdict.FAILED, result.verdict(), result::summary);
        assertTrue(result.failed() >= 3, result::summary);
        assertTrue(result.counterexample().contains("transfer"), result::summary);
    }
}
