package org.ratenet.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratenet.cli.Main;

/** {@code ratenet validate --map ... --engine spark}: each point of the map one task, the same map as the local engine's. */
class SparkValidityMapTest {

    private static final String BRUNEL = Path.of("../examples/brunel-a.yaml").toString();

    private static int validate(Path report, String... engine) {
        String[] base = {"validate", BRUNEL, "--set", "order=300", "--suite", "neural-field", "--map", "J=0.1,2 mV", "--map", "g=3,6",
                "--report", report.toString()};
        String[] args = new String[base.length + engine.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(engine, 0, args, base.length, engine.length);
        return Main.execute(args);
    }

    @Test
    void aValidityMapOnSparkIsTheLocalEnginesMap(@TempDir Path dir) throws IOException {
        assertEquals(0, validate(dir.resolve("local"), "--parallel", "2"));
        assertEquals(0, validate(dir.resolve("spark"), "--engine", "spark", "--master", "local[2]"));
        String local = Files.readString(dir.resolve("local/validity-map-1.csv"));
        assertEquals(5, local.lines().count(), local);
        assertEquals(local, Files.readString(dir.resolve("spark/validity-map-1.csv")));
        assertTrue(Files.readString(dir.resolve("spark/report.json")).contains("\"validity_maps\""));
    }
}
