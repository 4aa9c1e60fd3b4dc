package org.ratenet.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ratenet validate ... --engine spark}: each suite and each point of a map one task; the same report as when they
 * run one after the other in this JVM.
 */
class SparkValidationTest {

    private static int validate(Path report, String... engine) {
        return Commands.ratenet(new String[] {"validate", Commands.BRUNEL, "--set", "order=300", "--suite", "neural-field", "--map", "J=0.1,2 mV",
                "--map", "g=3,6", "--report", report.toString()}, engine);
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

    /** The generated models' suites, one task each on local[2], report what they report in sequence (wall times aside). */
    @Test
    void suitesOnSparkReportWhatTheyReportInSequence(@TempDir Path dir) throws IOException {
        String[] suites = {"validate", "--suite", "rate-binary", "--suite", "neural-mass", "--suite", "plasticity"};
        assertEquals(0, Commands.ratenet(suites, "--report", dir.resolve("sequence").toString()));
        assertEquals(0, Commands.ratenet(suites, "--report", dir.resolve("spark").toString(), "--engine", "spark", "--master", "local[2]"));
        JsonNode sequence = withoutWallTimes(new ObjectMapper().readTree(dir.resolve("sequence/report.json").toFile()));
        JsonNode spark = withoutWallTimes(new ObjectMapper().readTree(dir.resolve("spark/report.json").toFile()));
        assertEquals(3, sequence.get("suites").size());
        assertEquals(sequence, spark);
    }

    private static JsonNode withoutWallTimes(JsonNode node) {
        if (node instanceof ObjectNode o) {
            List<String> wall = new ArrayList<>();
            o.fieldNames().forEachRemaining(f -> {
                if (f.contains("wall")) {
                    wall.add(f);
                }
            });
            o.remove(wall);
            o.forEach(SparkValidationTest::withoutWallTimes);
        } else if (node != null && node.isArray()) {
            node.forEach(SparkValidationTest::withoutWallTimes);
        }
        return node;
    }
}
