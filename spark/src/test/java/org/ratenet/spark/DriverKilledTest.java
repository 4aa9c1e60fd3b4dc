package org.ratenet.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratenet.cli.Main;
import org.ratenet.cli.sweep.SweepFolder;

/**
 * The driver of a Spark sweep killed (SIGKILL) after some points have finished: {@code --resume} computes only the
 * others (counted) and the CSV is the uninterrupted sweep's, byte for byte.
 */
class DriverKilledTest {

    private static final String BRUNEL = Commands.BRUNEL;
    private static final List<String> GRID = List.of("sweep", BRUNEL, "--level", "spiking", "--time", "1500", "--set", "order=100",
            "--set", "g=3:6:1", "--set", "eta=1,1.5,2,2.5");

    @Test
    void resumedSweepComputesOnlyTheMissingPoints(@TempDir Path dir) throws Exception {
        List<String> whole = new ArrayList<>(GRID);
        whole.addAll(List.of("--quiet", "--out", dir.resolve("whole").toString()));
        assertEquals(0, Main.execute(whole.toArray(String[]::new)));

        Path out = dir.resolve("killed");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith("-") && !a.startsWith("-agentlib")
                && !a.startsWith("-javaagent")).toList()); // the --add-opens Spark needs, as surefire gave them to this JVM
        Path scratch = Files.createDirectories(dir.resolve("tmp")); // Spark's block manager folder, which a killed driver cannot remove
        command.addAll(List.of("-Djava.io.tmpdir=" + scratch, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(GRID);
        command.addAll(List.of("--quiet", "--out", out.toString(), "--engine", "spark", "--master", "local[2]"));
        Process driver = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Path journal = out.resolve(SweepFolder.JOURNAL);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (driver.isAlive() && System.nanoTime() < deadline && (!Files.exists(journal) || Files.readAllLines(journal).size() < 3)) {
            Thread.sleep(20);
        }
        assertTrue(driver.isAlive(), "the sweep ended before it could be killed");
        driver.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
        int journaled = 0; // whole lines: a last line cut short by the kill does not count (resume runs that point again)
        for (byte b : Files.readAllBytes(journal)) {
            journaled += b == '\n' ? 1 : 0;
        }
        assertTrue(journaled >= 3 && journaled < 16, "killed after " + journaled + " of 16 points");
        assertTrue(Files.exists(out.resolve(SweepFolder.INCOMPLETE)) && Files.notExists(out.resolve("sweep.csv")));

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(err, true));
        int exit;
        try {
            exit = Main.execute("sweep", "--resume", out.toString(), "--engine", "spark", "--master", "local[2]");
        } finally {
            System.setErr(stderr);
        }
        assertEquals(0, exit, err.toString());
        Matcher m = Pattern.compile("sweep: (\\d+) of (\\d+) points").matcher(err.toString());
        int computed = 0;
        int missing = -1;
        while (m.find()) {
            computed++;
            missing = Integer.parseInt(m.group(2));
        }
        assertEquals(16 - journaled, missing, "resumed points: " + err);
        assertEquals(missing, computed, "each missing point computed once");
        assertEquals(Files.readString(dir.resolve("whole/sweep.csv")), Files.readString(out.resolve("sweep.csv")));
        System.out.printf("driver killed after %d of 16 points; resume computed %d%n", journaled, computed);
    }
}
