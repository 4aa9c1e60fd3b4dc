package org.ratenet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {

    private static final String BRUNEL = Path.of("../examples/brunel-a.yaml").toString();

    @Test
    void aMeanFieldGridGivesOneRowPerPointAndAHeatMap(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.of("sweep", BRUNEL, "--set", "g=4:6:1", "--set", "eta=1,2", "--out", dir.resolve("s").toString());
        assertEquals(0, run.exit(), run.err());
        List<String> rows = Files.readAllLines(dir.resolve("s/sweep.csv"));
        assertEquals("g,eta,E_rate_hz,I_rate_hz,status", rows.get(0));
        assertEquals(7, rows.size());
        assertTrue(rows.get(1).startsWith("4.0,1.0,") && rows.get(1).endsWith("\"ok\""), rows.get(1));
        // Brunel A itself (g = 5, eta = 2) at 32.03 Hz
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("5.0,2.0,32.03")), rows.toString());
        assertTrue(Files.size(dir.resolve("s/sweep.png")) > 5000);
        assertTrue(run.err().contains("sweep: 6 of 6 points"), run.err());
    }

    /** Each point is the same whatever the parallelism: spiking points on 1 and 2 workers give the same CSV. */
    @Test
    void spikingPointsDoNotDependOnTheParallelism(@TempDir Path dir) throws IOException {
        for (String n : new String[] {"1", "2"}) {
            CliRun run = CliRun.of("sweep", BRUNEL, "--set", "order=100", "--set", "g=4,6", "--level", "spiking", "--time", "200", "--parallel", n,
                    "--quiet", "--out", dir.resolve("p" + n).toString());
            assertEquals(0, run.exit(), run.err());
        }
        assertEquals(Files.readString(dir.resolve("p1/sweep.csv")), Files.readString(dir.resolve("p2/sweep.csv")));
        assertEquals(3, Files.readAllLines(dir.resolve("p1/sweep.csv")).size());
        assertTrue(Files.readString(dir.resolve("p1/sweep.csv")).startsWith("g,E_rate_hz,E_cv,I_rate_hz,I_cv,status"));
    }

    @Test
    void badGridsAreOneLineExitTwoAndNothingWritten(@TempDir Path dir) throws IOException {
        String out = dir.resolve("out").toString();
        for (String[] args : new String[][] {
                {"sweep", BRUNEL, "--set", "nope=1:3:1", "--out", out},   // every point invalid
                {"sweep", BRUNEL, "--set", "g=abc", "--set", "eta=1,2", "--out", out},
                {"sweep", BRUNEL, "--set", "g=8:3:1", "--out", out},
                {"sweep", BRUNEL, "--set", "g=5", "--out", out},
                {"sweep", BRUNEL, "--set", "g=4,5", "--level", "nope", "--out", out},
                {"sweep", BRUNEL, "--set", "g=4,5", "--parallel", "0", "--out", out},
                {"sweep", BRUNEL, "--set", "g=4,5", "--engine", "nope", "--out", out},
                {"sweep", BRUNEL, "--set", "g=4,5", "--master", "local[2]", "--out", out}}) { // a master without --engine spark
            CliRun run = CliRun.of(args);
            assertEquals(2, run.exit(), String.join(" ", args) + ": " + run.err());
            assertEquals(1, run.err().lines().filter(l -> !l.startsWith("sweep: ")).count(), run.err());
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing written");
        }
    }

    /** Points whose parameters make no network are found before any point runs: none runs when all are. */
    @Test
    void aGridWithoutAValidPointRunsNothing(@TempDir Path dir) {
        CliRun run = CliRun.of("sweep", BRUNEL, "--set", "tau_m=-5,-3 ms", "--level", "spiking", "--time", "100", "--out", dir.resolve("o").toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("every point of the grid is invalid, e.g. tau_m = -5.0 ms: invalid: "), run.err());
        assertTrue(run.err().lines().noneMatch(l -> l.startsWith("sweep: ")), "no point ran: " + run.err());
        assertTrue(Files.notExists(dir.resolve("o")));
    }

    @Test
    void anUnknownEngineNamesTheRegisteredOnes(@TempDir Path dir) {
        CliRun run = CliRun.of("sweep", BRUNEL, "--set", "g=4,5", "--engine", "spark", "--out", dir.resolve("o").toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("--engine = 'spark' is not allowed: must be one of [local] (spark comes with the module ratenet-spark"), run.err());
    }
}
