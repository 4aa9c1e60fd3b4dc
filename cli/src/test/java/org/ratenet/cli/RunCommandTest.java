package org.ratenet.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    private static final Path EXAMPLES = Path.of("../examples");

    /** Brunel A at order 200: the whole folder, consistent with itself. */
    @Test
    void aRunWritesTheWholeFolder(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("brunel");
        CliRun run = CliRun.of("run", EXAMPLES.resolve("brunel-a.yaml").toString(), "--set", "order=200", "--time", "400", "--out", out.toString());
        assertEquals(0, run.exit(), run.err() + run.out());
        assertTrue(run.err().contains("simulate: 100 %"), run.err()); // plain progress lines when stderr is not a terminal
        assertTrue(run.err().contains("build: 100,000 synapses"), run.err());
        for (String f : List.of("spec.resolved.yaml", "results.json", "provenance.json", "report.md", "population_rates.csv", "neuron_rates.csv",
                "spikes.bin", "raster.png", "population_rates.png", "rate_histogram_E.png", "rate_histogram_I.png", "levels.png")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        JsonNode results = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        assertTrue(results.get("levels").get("meanfield").get("converged").asBoolean());
        assertEquals(2, results.get("comparisons").size());
        long spikes = results.get("levels").get("spiking").get("performance").get("spikes").asLong();
        try (InputStream in = Files.newInputStream(out.resolve("spikes.bin")); DataInputStream data = new DataInputStream(in)) {
            byte[] magic = new byte[8];
            data.readFully(magic);
            assertEquals("RNSPIKE1", new String(magic, StandardCharsets.US_ASCII));
            assertEquals(0.1, data.readDouble());
            assertEquals(2, data.readInt());
            assertEquals("E", data.readUTF());
            assertEquals(0, data.readInt());
            assertEquals(800, data.readInt());
            assertEquals("I", data.readUTF());
            assertEquals(800, data.readInt());
            assertEquals(200, data.readInt());
            assertEquals(spikes, data.readLong());
            assertEquals(8 * spikes, data.available());
        }
        assertEquals(1000 + 1, Files.readAllLines(out.resolve("neuron_rates.csv")).size());
        JsonNode provenance = new ObjectMapper().readTree(out.resolve("provenance.json").toFile());
        assertEquals(12345, provenance.get("seed").asLong());
        assertTrue(provenance.get("wall_seconds").has("spiking"));
        assertTrue(Files.readString(out.resolve("spec.resolved.yaml")).contains("size: 800"));
        // every image the report shows is in the folder
        Matcher images = Pattern.compile("!\\[[^]]*]\\(([^)]+)\\)").matcher(Files.readString(out.resolve("report.md")));
        int shown = 0;
        while (images.find()) {
            assertTrue(Files.exists(out.resolve(images.group(1))), images.group(1));
            shown++;
        }
        assertTrue(shown >= 5, shown + " images");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(Set.of(out), Set.copyOf(files.toList()), "no temporary folder left");
        }
    }

    @Test
    void theSpikesAreTheSameForTheSameSeedOnAnyThreadCount(@TempDir Path dir) throws IOException {
        CliRun one = CliRun.of("run", EXAMPLES.resolve("brunel-a.yaml").toString(), "--set", "order=200", "--time", "200", "--quiet", "--out",
                dir.resolve("one").toString());
        CliRun two = CliRun.of("run", EXAMPLES.resolve("brunel-a.yaml").toString(), "--set", "order=200", "--time", "200", "--quiet", "--threads", "2",
                "--out", dir.resolve("two").toString());
        assertEquals(0, one.exit(), one.err());
        assertEquals(0, two.exit(), two.err());
        assertEquals("", one.err()); // --quiet
        assertArrayEquals(Files.readAllBytes(dir.resolve("one/spikes.bin")), Files.readAllBytes(dir.resolve("two/spikes.bin")));
    }

    /**
     * A run killed mid-simulation (a separate JVM, killed as soon as it has written a checkpoint) and then resumed
     * writes the same spikes, per-neuron rates and population rates as a run never interrupted.
     */
    @Test
    void aKilledRunResumesToTheSameResults(@TempDir Path dir) throws Exception {
        String brunel = EXAMPLES.resolve("brunel-a.yaml").toString();
        List<String> common = List.of("--set", "order=400", "--time", "20000", "--checkpoint-every", "1000", "--quiet");
        List<String> whole = new java.util.ArrayList<>(List.of("run", brunel));
        whole.addAll(common);
        whole.addAll(List.of("--out", dir.resolve("whole").toString()));
        assertEquals(0, CliRun.of(whole.toArray(String[]::new)).exit());

        Path killed = dir.resolve("killed");
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "run", brunel));
        command.addAll(common);
        command.addAll(List.of("--out", killed.toString()));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(killed.resolve(RunCommand.CHECKPOINT)) && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(process.isAlive(), "the run ended before it could be killed");
        process.destroyForcibly().waitFor();
        assertTrue(Files.exists(killed.resolve(RunCommand.INCOMPLETE)), "an interrupted run is marked");
        assertTrue(!Files.exists(killed.resolve("report.md")), "and has no outputs yet");

        CliRun again = CliRun.of("run", brunel, "--out", killed.toString());
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("--resume"), again.err());

        CliRun resumed = CliRun.of("run", "--resume", killed.toString(), "--quiet");
        assertEquals(0, resumed.exit(), resumed.err());
        assertTrue(!Files.exists(killed.resolve(RunCommand.INCOMPLETE)) && !Files.exists(killed.resolve(RunCommand.CHECKPOINT)));
        for (String f : List.of("spikes.bin", "neuron_rates.csv", "population_rates.csv")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("whole").resolve(f)), Files.readAllBytes(killed.resolve(f)), f);
        }
    }

    @Test
    void everyExampleRuns(@TempDir Path dir) throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                Path out = dir.resolve(f.getFileName().toString());
                CliRun run = CliRun.of("run", f.toString(), "--time", "300", "--quiet", "--out", out.toString());
                assertEquals(0, run.exit(), f + ": " + run.err());
                assertTrue(Files.exists(out.resolve("report.md")) && Files.exists(out.resolve("results.json")), f.toString());
            }
        }
    }

    @Test
    void badInputIsOneLineExitTwoAndNothingWritten(@TempDir Path dir) throws IOException {
        String brunel = EXAMPLES.resolve("brunel-a.yaml").toString();
        Path out = dir.resolve("out");
        for (String[] args : new String[][] {
                {"run", brunel, "--set", "nope=1", "--out", out.toString()},
                {"run", brunel, "--set", "g=abc", "--out", out.toString()},
                {"run", brunel, "--threads", "0", "--out", out.toString()},
                {"run", brunel, "--set", "order=100", "--threads", "501", "--out", out.toString()}, // more threads than neurons
                {"run", dir.resolve("missing.yaml").toString(), "--out", out.toString()},
                {"run", brunel, "--checkpoint-every", "0", "--out", out.toString()},
                {"run", "--resume", dir.toString()},
                {"run", "--resume", dir.toString(), "--set", "g=6"},
                {"run"}}) {
            CliRun run = CliRun.of(args);
            assertEquals(2, run.exit(), String.join(" ", args) + ": " + run.err());
            assertEquals(1, run.err().strip().lines().count(), run.err());
        }
        Path occupied = Files.writeString(dir.resolve("occupied"), "a file");
        CliRun run = CliRun.of("run", brunel, "--set", "order=100", "--time", "100", "--out", occupied.toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("cannot write the run folder"), run.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(Set.of(occupied), Set.copyOf(files.toList()), "nothing half-written");
        }
    }
}
