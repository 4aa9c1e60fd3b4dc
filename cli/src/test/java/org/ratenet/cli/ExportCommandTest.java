package org.ratenet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ratenet export FILE --to pynn --out DIR}: a whole folder or none, one-line refusals, the output-folder policy. */
class ExportCommandTest {

    private static final String BRUNEL = Path.of("..", "examples", "brunel-a.yaml").toString();

    @Test
    void brunelModelAIsExportedWithItsConnections(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("pynn");
        CliRun r = CliRun.of("export", BRUNEL, "--to", "pynn", "--out", out.toString(), "--set", "order=100");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(out.resolve("model.py")).contains("sim.IF_curr_delta("));
        assertEquals(400 * 40 + 1, Files.readAllLines(out.resolve("connections/E_to_E.txt")).size(), "400 E neurons, 40 E inputs each");
        CliRun again = CliRun.of("export", BRUNEL, "--to", "pynn", "--out", out.toString(), "--set", "order=100");
        assertEquals(CheckCommand.INVALID_INPUT, again.exit());
        assertTrue(again.err().contains("--force"), again.err());
        assertEquals(0, CliRun.of("export", BRUNEL, "--to", "pynn", "--out", out.toString(), "--set", "order=100", "--rules", "--force").exit());
        assertFalse(Files.exists(out.resolve("connections")), "replaced whole: the rules export lists no connections");
    }

    @Test
    void whatCannotBeExportedIsOneLineAndWritesNothing(@TempDir Path dir) {
        Path out = dir.resolve("pynn");
        CliRun rate = CliRun.of("export", Path.of("..", "examples", "rate-ei.yaml").toString(), "--to", "pynn", "--out", out.toString());
        assertEquals(CheckCommand.INVALID_INPUT, rate.exit());
        assertEquals(1, rate.err().strip().lines().count(), rate.err());
        assertTrue(rate.err().contains("level 'pynn' cannot represent neuron model 'rate' of population E"), rate.err());
        CliRun nest = CliRun.of("export", BRUNEL, "--to", "nestml", "--out", out.toString());
        assertEquals(CheckCommand.INVALID_INPUT, nest.exit());
        assertTrue(nest.err().contains("the formats are [pynn]"), nest.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void anUnknownSuiteIsOneLineListingTheKnownOnes() {
        CliRun r = CliRun.of("validate", BRUNEL, "--suite", "nope");
        assertEquals(CheckCommand.INVALID_INPUT, r.exit());
        assertTrue(r.err().contains("nope") && r.err().contains("simulator-agreement") && r.err().contains("meanfield-spiking"), r.err());
    }
}
