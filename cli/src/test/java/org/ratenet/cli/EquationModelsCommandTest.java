package org.ratenet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Models defined by equations in a file, on the command line: every level that applies, one-line errors otherwise. */
class EquationModelsCommandTest {

    private static final Path EXAMPLES = Path.of("..", "examples", "equations");

    @Test
    void everyBundledEquationExampleChecks() {
        for (String file : new String[] {"adex.yaml", "eif-ei.yaml", "brunel-a-equations.yaml", "coba-equations.yaml"}) {
            CliRun r = CliRun.of("check", EXAMPLES.resolve(file).toString());
            assertEquals(0, r.exit(), file + ": " + r.err() + r.out());
        }
    }

    @Test
    void theAdexRunRecordsAndPlotsItsAdaptationCurrent(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("run");
        CliRun r = CliRun.of("run", "--quiet", EXAMPLES.resolve("adex.yaml").toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        String header = Files.readAllLines(out.resolve("state_N.csv")).get(0);
        assertEquals("time_ms,N[0].V,N[0].w", header);
        assertTrue(Files.size(out.resolve("state_N_w.png")) > 0);
    }

    @Test
    void theMeanFieldAppliesToAOneDimensionalModelAndSaysWhyNotForTwo() {
        CliRun eif = CliRun.of("meanfield", EXAMPLES.resolve("eif-ei.yaml").toString());
        assertEquals(0, eif.exit(), eif.err());
        assertTrue(eif.out().contains("first-passage rate of equation model 'eif'"), eif.out());
        CliRun adex = CliRun.of("meanfield", EXAMPLES.resolve("adex.yaml").toString());
        assertEquals(CheckCommand.INVALID_INPUT, adex.exit(), adex.out());
        assertEquals(1, adex.err().strip().lines().count(), adex.err());
        assertTrue(adex.err().contains("model 'adex' has 2 state variables [V, w]") && adex.err().contains("withTransferFunction"), adex.err());
    }

    @Test
    void aMalformedEquationIsOneLineWithLineAndColumn(@TempDir Path dir) throws Exception {
        String text = Files.readString(EXAMPLES.resolve("adex.yaml")).replace("dw/dt = (a*(V - E_L) - w)/tau_w : pA", "dw/dt = (a*(V - E_L) - w)/tau_x : pA");
        Path file = Files.writeString(dir.resolve("bad.yaml"), text);
        CliRun r = CliRun.of("simulate", file.toString());
        assertEquals(CheckCommand.INVALID_INPUT, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("models.adex.equations: line 2, column 27: dw/dt: unknown identifier 'tau_x'"), r.err());
    }

    @Test
    void aDivergingModelStopsNamingModelEquationPopulationNeuronAndTime(@TempDir Path dir) throws Exception {
        String text = """
                name: runaway
                models:
                  runaway:
                    equations: |
                      dV/dt = (E_L - V)/tau + I_syn/C : mV
                      dx/dt = x*x/tau + x/tau : 1
                    threshold: V > 100 mV
                    initial: {x: 1}
                    parameters: {E_L: -70 mV, tau: 10 ms, C: 100 pF}
                populations: {P: {size: 3, neuron: {model: runaway}}}
                simulation: {duration: 100 ms, warmup: 0 ms}
                """;
        CliRun r = CliRun.of("simulate", Files.writeString(dir.resolve("runaway.yaml"), text).toString());
        assertTrue(r.exit() != 0);
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().matches("(?s).*diverged at t = [0-9.]+ ms in population 'P' at neuron 0: model 'runaway', equation 'dx/dt = .*': x = .*\\n?"),
                r.err());
    }
}
