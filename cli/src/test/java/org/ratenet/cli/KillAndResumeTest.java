package org.ratenet.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratenet.cli.run.RunFolder;

/**
 * {@code ratenet run} killed (SIGKILL) at random moments, from the JVM's start to its last file: every folder is either
 * absent (killed before it appeared; a new run works), complete with the same {@code spikes.bin} as an uninterrupted
 * run, or marked incomplete and finished by {@code --resume} to the same bytes — never a folder that looks complete but
 * is not. {@code -Dratenet.kills=20} for the full count (6 per build). A second process cannot resume a folder while
 * the first still writes it.
 */
class KillAndResumeTest {

    private static final String BRUNEL = Path.of("..", "examples", "brunel-a.yaml").toString();
    private static final List<String> COMMON = List.of("--set", "order=300", "--time", "6000", "--checkpoint-every", "500", "--quiet");
    private static final List<String> OUTPUTS = List.of("spikes.bin", "neuron_rates.csv", "population_rates.csv");

    private static Process start(Path out) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "run", BRUNEL));
        command.addAll(COMMON);
        command.addAll(List.of("--out", out.toString()));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static boolean looksComplete(Path dir) {
        return Files.exists(dir.resolve("report.md")) && !Files.exists(dir.resolve(RunFolder.INCOMPLETE));
    }

    @Test
    void killedAtRandomMomentsEveryFolderIsFinishedToTheSameBytes(@TempDir Path dir) throws Exception {
        Path whole = dir.resolve("whole");
        List<String> args = new ArrayList<>(List.of("run", BRUNEL));
        args.addAll(COMMON);
        args.addAll(List.of("--out", whole.toString()));
        long t0 = System.nanoTime();
        assertEquals(0, CliRun.of(args.toArray(String[]::new)).exit());
        double seconds = (System.nanoTime() - t0) / 1e9 + 1.0; // a separate JVM also starts up
        int kills = Integer.getInteger("ratenet.kills", 6);
        Random random = new Random(20261206);
        int absent = 0;
        int resumed = 0;
        int finished = 0;
        for (int k = 0; k < kills; k++) {
            Path out = dir.resolve("killed-" + k);
            Process p = start(out);
            Thread.sleep((long) (1000 * seconds * random.nextDouble() * 1.2));
            p.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
            if (!Files.exists(out)) {
                absent++;
                continue;
            }
            if (Files.exists(out.resolve(RunFolder.INCOMPLETE))) {
                assertFalse(looksComplete(out), "an interrupted folder never looks complete");
                CliRun r = CliRun.of("run", "--resume", out.toString(), "--quiet");
                assertEquals(0, r.exit(), "kill " + k + ": " + r.err());
                resumed++;
            } else {
                finished++;
            }
            assertTrue(looksComplete(out), "kill " + k);
            for (String f : OUTPUTS) {
                assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(out.resolve(f)), "kill " + k + ": " + f);
            }
        }
        System.out.printf("%d kills: %d before the folder appeared, %d resumed, %d had finished%n", kills, absent, resumed, finished);
    }

    @Test
    void aFolderBeingWrittenCannotBeResumedByAnotherProcess(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("busy");
        Process p = start(out);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(out.resolve(RunFolder.CHECKPOINT)) && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(p.isAlive(), "the run ended before the check");
            CliRun r = CliRun.of("run", "--resume", out.toString(), "--quiet");
            assertEquals(2, r.exit());
            assertTrue(r.err().contains("being written by another ratenet process"), r.err());
        } finally {
            p.destroyForcibly().waitFor();
        }
    }
}
