package org.ratenet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code validate --model NAME --set k=v}: the contract kit on a registered model with chosen parameters. */
class ValidateModelTest {

    @Test
    void theModelsParametersCanBeSet() {
        CliRun r = CliRun.of("validate", "--model", "lif", "--set", "tau_m=10 ms", "--set", "t_ref=1 ms", "--json");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("lif.N.transfer-function"), r.out());
    }

    @Test
    void anUnknownOrInvalidParameterIsOneLine() {
        CliRun unknown = CliRun.of("validate", "--model", "lif", "--set", "tau_w=10 ms");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("tau_w") && unknown.err().contains("tau_m"), unknown.err());
        assertEquals(1, unknown.err().strip().lines().count(), unknown.err());
        CliRun unit = CliRun.of("validate", "--model", "lif", "--set", "tau_m=10 mV");
        assertEquals(2, unit.exit());
        assertTrue(unit.err().contains("tau_m") && unit.err().contains("a time"), unit.err());
    }
}
