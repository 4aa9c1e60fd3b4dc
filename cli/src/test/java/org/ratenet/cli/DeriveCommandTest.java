package org.ratenet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class DeriveCommandTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new String[] {Integer.toString(exit), out.toString(), err.toString()};
    }

    @Test
    void jsonHasInputsWeightsThresholdsAndProvenance() throws Exception {
        String[] r = run("derive", "../examples/conductance-ei.yaml", "--json");
        assertEquals("0", r[0], r[2]);
        JsonNode json = new ObjectMapper().readTree(r[1]);
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
        String[] r = run("derive", "../examples/conductance-ei.yaml", "--set", "G_AMPA=1 nS");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("100.000"), r[1]); // W[E<-E] doubles with G_AMPA
        assertTrue(r[1].contains("theta[E] = I_theta + g_L v_theta (11.31)"), r[1]);
    }

    @Test
    void aSpecTheLevelCannotRepresentIsOneLineAndExitCodeTwo() {
        String[] r = run("derive", "../examples/brunel-a.yaml");
        assertEquals("2", r[0]);
        assertEquals(1, r[2].strip().split("\n").length, r[2]);
        assertTrue(r[2].contains("level 'conductance' cannot represent neuron model 'lif'"), r[2]);
    }
}
