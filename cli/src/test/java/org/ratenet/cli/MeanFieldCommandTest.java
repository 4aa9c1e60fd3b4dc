package org.ratenet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class MeanFieldCommandTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new String[] {Integer.toString(exit), out.toString(), err.toString()};
    }

    /** Brunel model A from the bundled file; 32.0331145 Hz is the independent reference of MeanFieldTest. */
    @Test
    void brunelModelAFromTheFileGivesTheReferenceRateAsJson() throws Exception {
        String[] r = run("meanfield", "../examples/brunel-a.yaml", "--json");
        assertEquals("0", r[0], r[2]);
        JsonNode json = new ObjectMapper().readTree(r[1]);
        JsonNode e = json.get("populations").get(0);
        assertEquals("E", e.get("name").asText());
        assertEquals(32.0331145038683, e.get("rate_hz").asDouble(), 1e-6 * 32);
        assertEquals(40 - 0.5 * 32.0331145038683, e.get("mu_mv").asDouble(), 1e-6);
        assertEquals(32.0331145038683, e.get("rate_quantiles").get("0.50").asDouble(), 1e-6 * 32);
        assertTrue(json.get("stable").asBoolean());
        assertEquals(2, json.get("eigenvalues").size());
        assertTrue(json.get("warnings").isArray());
    }

    @Test
    void aConductanceSpecIsRefusedInOneLine() {
        String[] r = run("meanfield", "../examples/conductance-ei.yaml");
        assertEquals("2", r[0]);
        assertEquals(1, r[2].strip().split("\n").length);
        assertTrue(r[2].contains("level 'meanfield' cannot represent neuron model 'conductance_rate'"), r[2]);
    }
}
