package org.ratenet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

class DeriveCommandTest {

    @Test
    void jsonHasInputsWeightsThresholdsAndProvenance() throws Exception {
        CliRun r = CliRun.of("derive", "../examples/conductance-ei.yaml", "--json");
        assertEquals("0", Integer.toString(r.exit()), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        for (String key : new String[] {"inputs", "W", "W_ext", "theta", "theta_binary", "provenance", "labels"}) {
            assertTrue(json.has(key), key);
        }
        // W[E<-E] = 400 · 0.5 nS · 5 ms · (0 − 20 + 70) mV = 50,000 fC = 50 pA/Hz
        assertEquals(50.0, json.get("W").get(0).get(0).asDouble(), 1e-12);
        assertEquals(-25.0, json.get("W").get(0).get(1).asDouble(), 1e-12);
        assertEquals(200.0, json.get("theta").get(0).asDouble(), 1e-12);
        assertEquals("0.5 nS", json.get("inputs").get("synapses").get(0).get("G_syn").asText());
        assertTrue(json.get("provenance").get(0).asText().contains("(11.29"));
        assertTrue(!json.has("uniform_feedback"));
    }

    @Test
    void overridesApplyAndTheTableReadsLikeOne() {
        CliRun r = CliRun.of("derive", "../examples/conductance-ei.yaml", "--set", "G_AMPA=1 nS");
        assertEquals("0", Integer.toString(r.exit()), r.err());
        assertTrue(r.out().contains("100.000"), r.out()); // W[E<-E] doubles with G_AMPA
        assertTrue(r.out().contains("theta[E] = I_theta + g_L v_theta (11.31)"), r.out());
    }

    @Test
    void aSpecTheLevelCannotRepresentIsOneLineAndExitCodeTwo() {
        CliRun r = CliRun.of("derive", "../examples/brunel-a.yaml");
        assertEquals("2", Integer.toString(r.exit()));
        assertEquals(1, r.err().strip().split("\n").length, r.err());
        assertTrue(r.err().contains("level 'conductance' cannot represent neuron model 'lif'"), r.err());
    }
}
