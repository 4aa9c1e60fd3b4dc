package org.ratenet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One policy for every output folder: a new or empty folder; never deleting what the user put there; {@code --force}
 * replaces only a folder ratenet wrote. Checked before any work.
 */
class OutputFolderPolicyTest {

    private static final String BRUNEL = "../examples/brunel-a.yaml";

    private static Path userFolder(Path dir) throws Exception {
        Path thesis = Files.createDirectories(dir.resolve("thesis"));
        Files.writeString(thesis.resolve("thesis.tex"), "\\documentclass{article}");
        Files.createDirectories(thesis.resolve("sub"));
        return thesis;
    }

    private static void untouched(Path thesis) {
        assertTrue(Files.exists(thesis.resolve("thesis.tex")) && Files.isDirectory(thesis.resolve("sub")), "the user's files are still there");
    }

    @Test
    void sweepValidateAndRunNeverDeleteTheUsersFiles(@TempDir Path dir) throws Exception {
        Path thesis = userFolder(dir);
        for (String[] args : new String[][] {
            {"sweep", "--set", "order=100", "--set", "g=4,5", "--level", "meanfield", "--out", thesis.toString(), BRUNEL},
            {"sweep", "--force", "--set", "order=100", "--set", "g=4,5", "--level", "meanfield", "--out", thesis.toString(), BRUNEL},
            {"validate", "--model", "lif", "--report", thesis.toString()},
            {"validate", "--force", "--model", "lif", "--report", thesis.toString()},
            {"run", "--set", "order=100", "--time", "100", "--out", thesis.toString(), BRUNEL},
            {"run", "--force", "--set", "order=100", "--time", "100", "--out", thesis.toString(), BRUNEL}}) {
            CliRun r = CliRun.of(args);
            assertEquals(2, r.exit(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().contains("is not empty"), r.err());
            untouched(thesis);
        }
        assertTrue(CliRun.of("sweep", "--set", "order=100", "--set", "g=4,5", "--level", "meanfield", "--out", ".", BRUNEL).exit() == 2,
                "--out . is the working folder, not empty");
    }

    @Test
    void anEmptyFolderIsUsedAndForceReplacesOnlyRatenetsOwn(@TempDir Path dir) throws Exception {
        Path out = Files.createDirectories(dir.resolve("sweep"));
        String[] sweep = {"sweep", "--set", "order=100", "--set", "g=4,5", "--level", "meanfield", "--out", out.toString(), BRUNEL};
        assertEquals(0, CliRun.of(sweep).exit());
        assertTrue(Files.exists(out.resolve("sweep.csv")) && Files.exists(out.resolve(".ratenet-output")));
        CliRun again = CliRun.of(sweep);
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("--force"), again.err());
        String[] forced = new String[sweep.length + 1];
        forced[0] = "sweep";
        forced[1] = "--force";
        System.arraycopy(sweep, 1, forced, 2, sweep.length - 1);
        assertEquals(0, CliRun.of(forced).exit());

        Path run = dir.resolve("run");
        assertEquals(0, CliRun.of("run", "--quiet", "--set", "order=100", "--time", "100", "--out", run.toString(), BRUNEL).exit());
        assertEquals(2, CliRun.of("run", "--quiet", "--set", "order=100", "--time", "100", "--out", run.toString(), BRUNEL).exit());
        CliRun replaced = CliRun.of("run", "--quiet", "--force", "--set", "order=100", "--time", "100", "--out", run.toString(), BRUNEL);
        assertEquals(0, replaced.exit(), replaced.err());
        assertTrue(Files.exists(run.resolve("report.md")) && !Files.exists(run.resolve("run.incomplete")) && !Files.exists(run.resolve(".lock")));
    }

    @Test
    void aNetworkTooLargeForTheHeapIsRefusedBeforeTheRunFolderIsWritten(@TempDir Path dir) {
        Path run = dir.resolve("huge");
        CliRun r = CliRun.of("run", "--quiet", "--set", "order=20000000", "--set", "epsilon=0.0000001", "--out", run.toString(), BRUNEL);
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("JAVA_OPTS=-Xmx") || r.err().contains("use fewer neurons"), r.err());
        assertTrue(!Files.exists(run), "nothing written");
        CliRun indegree = CliRun.of("run", "--quiet", "--set", "CE=100000000", "--out", run.toString(), BRUNEL);
        assertEquals(2, indegree.exit());
        assertTrue(indegree.err().contains("synapses: at most"), indegree.err());
        CliRun heap = CliRun.of("check", "--set", "order=10000", BRUNEL);
        assertTrue(heap.exit() == 0 || heap.out().contains("JAVA_OPTS=-Xmx"), "a large network either fits or is refused with the advice: "
                + heap.out());
        assertTrue(!Files.exists(run), "nothing written");
    }
}
