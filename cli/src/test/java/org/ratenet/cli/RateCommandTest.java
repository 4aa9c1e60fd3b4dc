package org.ratenet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

class RateCommandTest {

    @Test
    void theExampleReportsRatesFixedPointAndStabilityAsJson() throws Exception {
        CliRun r = CliRun.of("rate", "../examples/rate-ei.yaml", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(4.375, json.get("populations").get(0).get("final_rate_hz").asDouble(), 1e-9);
        assertEquals(6.875, json.get("fixed_point").get("rates_hz").get(1).asDouble(), 1e-9);
        assertEquals("stable_oscillatory", json.get("fixed_point").get("stability").asText());
        assertEquals(501, json.get("samples").asInt()); // 500 ms sampled every 1 ms
    }

    @Test
    void overridesChangeTheRun() {
        CliRun r = CliRun.of("rate", "../examples/rate-ei.yaml", "--set", "drive=0 Hz");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("0.00000"), r.out()); // below threshold without drive
    }
}
