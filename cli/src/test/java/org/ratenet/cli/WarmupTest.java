package org.ratenet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warm-up a file writes is the one the statistics leave out: never capped without --time, and 0 means none. */
class WarmupTest {

    private static Path brunel(Path dir, String simulation) throws Exception {
        String text = Files.readString(Path.of("../examples/brunel-a.yaml"))
                .replace("order: 2500", "order: 100")
                .replaceAll("(?s)simulation:.*?seed: 12345\n", "simulation:\n" + simulation + "  seed: 12345\n");
        return Files.writeString(dir.resolve("brunel.yaml"), text);
    }

    @Test
    void aFileWarmupLongerThanHalfTheRunIsKept(@TempDir Path dir) throws Exception {
        Path file = brunel(dir, "  duration: 400 ms\n  warmup: 300 ms\n");
        CliRun r = CliRun.of("simulate", file.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("warm-up excluded=300.0 ms"), r.out());
    }

    @Test
    void aZeroWarmupExcludesNothing(@TempDir Path dir) throws Exception {
        Path file = brunel(dir, "  duration: 400 ms\n  warmup: 0 ms\n");
        CliRun r = CliRun.of("simulate", file.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("warm-up excluded=0.0 ms"), r.out());
    }

    @Test
    void withoutAWarmupTheDefaultIs200MsOrHalfTheRun(@TempDir Path dir) throws Exception {
        Path file = brunel(dir, "  duration: 300 ms\n");
        CliRun r = CliRun.of("simulate", file.toString());
        assertTrue(r.out().contains("warm-up excluded=150.0 ms"), r.out());
        CliRun shorter = CliRun.of("simulate", "--time", "200", brunel(dir, "  duration: 1000 ms\n  warmup: 300 ms\n").toString());
        assertTrue(shorter.out().contains("warm-up excluded=100.0 ms"), "--time below the warm-up: " + shorter.out());
    }
}
