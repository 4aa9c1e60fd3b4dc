package org.ratenet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

class MeanFieldCommandTest {

    /** Brunel model A from the bundled file; 32.0331145 Hz is the independent reference of MeanFieldTest. */
    @Test
    void brunelModelAFromTheFileGivesTheReferenceRateAsJson() throws Exception {
        CliRun r = CliRun.of("meanfield", "../examples/brunel-a.yaml", "--json");
        assertEquals("0", Integer.toString(r.exit()), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
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
        CliRun r = CliRun.of("meanfield", "../examples/conductance-ei.yaml");
        assertEquals("2", Integer.toString(r.exit()));
        assertEquals(1, r.err().strip().split("\n").length);
        assertTrue(r.err().contains("level 'meanfield' cannot represent neuron model 'conductance_rate'"), r.err());
    }
}
