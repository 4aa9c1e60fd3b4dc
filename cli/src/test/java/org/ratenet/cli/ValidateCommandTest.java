package org.ratenet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private static final Path BRUNEL = Path.of("../examples/brunel-a.yaml");

    /** The acceptance run: a report a scientist can read, with the JSON fields programs need and the plots. */
    @Test
    void validatingBrunelModelAWritesAPassingReport(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("validate", BRUNEL.toString(), "--report", out.toString());
        assertEquals(0, run.exit(), run.err() + run.out());
        assertTrue(run.out().contains("PASSED"), run.out());
        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.contains("**Verdict: PASSED**"), md);
        assertTrue(md.contains("meanfield-spiking.brunel-a") && md.contains("lif.E.transfer-function"), md);
        assertTrue(md.contains("![meanfield-spiking.brunel-a](meanfield-spiking.brunel-a.png)"), md);
        assertTrue(Files.size(out.resolve("meanfield-spiking.brunel-a.png")) > 5000);
        JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertTrue(json.get("passed").asBoolean());
        int checks = 0;
        for (JsonNode suite : json.get("suites")) {
            for (JsonNode check : suite.get("checks")) {
                for (String field : new String[] {"name", "levels", "tries", "passed", "failed", "max_discrepancy", "seed", "counterexample"}) {
                    assertTrue(check.has(field), field + " in " + check);
                }
                checks++;
            }
        }
        assertTrue(checks >= 9, checks + " checks");
        // no temporary folders left next to the report
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(Set.of(out), Set.copyOf(files.toList()));
        }
    }

    /** A 2 × 2 validity map on a small Brunel network: table, heat map and CSV in the report, the JSON lists the points. */
    @Test
    void aValidityMapOverTwoFileParametersIsReported(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("map");
        CliRun run = CliRun.of("validate", BRUNEL.toString(), "--set", "order=300", "--map", "J=0.1,2 mV", "--map", "g=3,6", "--report", out.toString());
        assertEquals(0, run.exit(), run.err()); // the map reports; it does not fail the run
        assertTrue(run.out().contains("| g \\ J (mV) | 0.1 | 2 |"), run.out());
        assertTrue(Files.size(out.resolve("validity-map-1.png")) > 5000);
        assertEquals(5, Files.readAllLines(out.resolve("validity-map-1.csv")).size());
        assertTrue(Files.readString(out.resolve("report.md")).contains("![validity map 1](validity-map-1.png)"));
        JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals(4, json.get("validity_maps").get(0).get("points").size());
    }

    @Test
    void aModelAloneGetsTheContractKitAsJson() throws IOException {
        CliRun run = CliRun.of("validate", "--model", "lif", "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("neuron model lif", json.get("subject").asText());
        assertEquals(1, json.get("suites").size());
        assertEquals(7, json.get("suites").get(0).get("checks").size());
        for (JsonNode check : json.get("suites").get(0).get("checks")) {
            assertEquals("passed", check.get("verdict").asText(), check.toString());
        }
    }

    @Test
    void badInputIsOneLineAndExitCodeTwo(@TempDir Path dir) throws IOException {
        CliRun tier = CliRun.of("validate", BRUNEL.toString(), "--tier", "slow");
        assertEquals(2, tier.exit());
        assertTrue(tier.err().contains("--tier = 'slow' is not allowed: must be quick or full"), tier.err());
        CliRun both = CliRun.of("validate", BRUNEL.toString(), "--model", "lif");
        assertEquals(2, both.exit());
        assertTrue(both.err().contains("not both"), both.err());
        CliRun unknown = CliRun.of("validate", "--model", "nope");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("nope"), unknown.err());
        CliRun override = CliRun.of("validate", BRUNEL.toString(), "--set", "nope=1");
        assertEquals(2, override.exit());
        assertEquals(1, override.err().strip().lines().count(), override.err());
        CliRun oneAxis = CliRun.of("validate", BRUNEL.toString(), "--map", "g=3:5:1");
        assertEquals(2, oneAxis.exit());
        assertTrue(oneAxis.err().contains("exactly two parameters"), oneAxis.err());
        CliRun badRange = CliRun.of("validate", BRUNEL.toString(), "--map", "g=5:3:1", "--map", "eta=1,2");
        assertEquals(2, badRange.exit());
        assertTrue(badRange.err().contains("g = 5:3:1 is not allowed"), badRange.err());
        CliRun badName = CliRun.of("validate", BRUNEL.toString(), "--map", "nope=1,2", "--map", "eta=1,2");
        assertEquals(2, badName.exit());
        assertTrue(badName.err().contains("nope"), badName.err());
        CliRun engineForAModel = CliRun.of("validate", "--model", "lif", "--engine", "local");
        assertEquals(2, engineForAModel.exit());
        assertTrue(engineForAModel.err().contains("are for an experiment FILE's suites and map"), engineForAModel.err());
        CliRun masterWithoutEngine = CliRun.of("validate", BRUNEL.toString(), "--master", "local[2]");
        assertEquals(2, masterWithoutEngine.exit());
        assertTrue(masterWithoutEngine.err().contains("need --engine"), masterWithoutEngine.err());
        CliRun unknownEngine = CliRun.of("validate", BRUNEL.toString(), "--map", "g=4,5", "--map", "eta=1,2", "--engine", "nope");
        assertEquals(2, unknownEngine.exit());
        assertTrue(unknownEngine.err().contains("--engine = 'nope' is not allowed: must be one of [local]"), unknownEngine.err());
        Path file = Files.writeString(dir.resolve("occupied"), "not a folder");
        CliRun unwritable = CliRun.of("validate", "--model", "lif", "--report", file.toString());
        assertEquals(2, unwritable.exit());
        assertFalse(Files.isDirectory(file));
        assertTrue(unwritable.err().contains("exists and is not a folder"), unwritable.err()); // found before any work
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(Set.of(file), Set.copyOf(files.toList()), "nothing half-written");
        }
    }
}
