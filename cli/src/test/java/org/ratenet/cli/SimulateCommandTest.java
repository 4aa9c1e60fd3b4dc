package org.ratenet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

    private static JsonNode simulate(String... extra) throws Exception {
        String[] args = new String[5 + extra.length];
        System.arraycopy(new String[] {"simulate", "../examples/brunel-a.yaml", "--set", "order=250", "--json"}, 0, args, 0, 5);
        System.arraycopy(extra, 0, args, 5, extra.length);
        CliRun r = CliRun.of(args);
        assertEquals(0, r.exit(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    /** Brunel A at order 250 (1250 neurons) for 300 ms: the JSON has rates, CVs, the spike hash and performance. */
    @Test
    void jsonReportsRatesHashAndPerformanceAndTheSameSeedGivesTheSameBits() throws Exception {
        JsonNode a = simulate("--time", "300", "--seed", "1");
        JsonNode b = simulate("--time", "300", "--seed", "1");
        JsonNode c = simulate("--time", "300", "--seed", "2");
        assertEquals(a.get("spike_hash").asText(), b.get("spike_hash").asText());
        assertNotEquals(a.get("spike_hash").asText(), c.get("spike_hash").asText());
        assertEquals(64, a.get("spike_hash").asText().length());
        JsonNode e = a.get("populations").get(0);
        assertTrue(e.get("rate_hz").asDouble() > 1 && e.get("rate_hz").asDouble() < 200, e.toString());
        JsonNode perf = a.get("performance");
        assertEquals(1250L * 125 , perf.get("synapses").asLong()); // C_E + C_I = 100 + 25 inputs per neuron
        assertTrue(perf.get("bytes_per_synapse").asDouble() < 2.2, perf.toString()); // 16-bit targets
    }

    @Test
    void aSpecTheEngineCannotRunIsRefusedInOneLine() {
        CliRun r = CliRun.of("simulate", "../examples/conductance-ei.yaml");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("level 'spiking' cannot represent"), r.err());
    }

    /** Brunel A with the excitatory synapses' weights and delays drawn, written as a user would in YAML. */
    private static Path drawnSynapses(Path dir, String delayMax) throws Exception {
        String yaml = Files.readString(Path.of("..", "examples", "brunel-a.yaml")).replace("synapse: {kind: delta, weight: J, delay: delay}",
                "synapse: {kind: delta, weight: J, weight_distribution: lognormal, weight_sd: 0.05 mV, delay: 1 ms, delay_max: " + delayMax + "}");
        Path file = dir.resolve("drawn.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void drawnWeightsAndDelaysRunFromAFileAndBadOnesAreNamed(@TempDir Path dir) throws Exception {
        CliRun ok = CliRun.of("simulate", drawnSynapses(dir, "2 ms").toString(), "--set", "order=250", "--time", "300", "--json");
        assertEquals(0, ok.exit(), ok.err());
        JsonNode perf = new ObjectMapper().readTree(ok.out()).get("performance");
        // 16-bit targets; E->E and E->I (100 of 125 inputs) carry a float weight and a short delay: about 2 + 0.8 * 6 bytes
        assertEquals(6.8, perf.get("bytes_per_synapse").asDouble(), 0.1, perf.toString());
        CliRun bad = CliRun.of("simulate", drawnSynapses(dir, "0.5 ms").toString(), "--set", "order=250", "--time", "300");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("delay_max"), bad.err());
    }
}
