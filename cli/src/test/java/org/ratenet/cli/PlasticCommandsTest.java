package org.ratenet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** {@code meanfield} and {@code simulate} report the weights of plastic projections (examples/plastic-ei.yaml). */
class PlasticCommandsTest {

    private static JsonNode run(String... args) throws Exception {
        CliRun r = CliRun.of(args);
        assertEquals(0, r.exit(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    /** The trace-rule weights lie in [w_min J, w_max J] = [0.025, 0.05] mV, with ordered quantiles. */
    private static void assertWeights(JsonNode weights) {
        assertEquals(1, weights.size(), weights.toString());
        JsonNode ee = weights.get(0);
        assertEquals("EE", ee.get("projection").asText());
        assertTrue(ee.get("mean").asDouble() > 0.025 && ee.get("mean").asDouble() < 0.05, ee.toString());
        assertTrue(ee.get("std").asDouble() > 0, ee.toString());
        double previous = 0;
        for (String level : new String[] {"0.05", "0.25", "0.50", "0.75", "0.95"}) {
            double q = ee.get("quantiles").get(level).asDouble();
            assertTrue(q >= previous && q >= 0.025 && q <= 0.05, ee.toString());
            previous = q;
        }
    }

    @Test
    void meanfieldSolvesThePlasticMeanFieldAndReportsWeights() throws Exception {
        JsonNode mf = run("meanfield", "../examples/plastic-ei.yaml", "--json");
        assertTrue(mf.get("converged").asBoolean());
        assertWeights(mf.get("weights"));
        assertTrue(mf.get("populations").get(0).get("rate_hz").asDouble() > 5, mf.toString());
    }

    /** The final weights, and (examples/plastic-ei.yaml records weights_every 1 s) their distribution over time. */
    @Test
    void simulateReportsTheFinalWeightsAndTheirHistory() throws Exception {
        JsonNode sim = run("simulate", "../examples/plastic-ei.yaml", "--set", "NE=500", "--set", "NI=125", "--set", "r_p=8Hz", "--time", "2500",
                "--json");
        assertWeights(sim.get("weights"));
        assertTrue(sim.get("performance").get("bytes_per_synapse").asDouble() < 12, sim.toString());
        JsonNode histogram = sim.get("weights").get(0).get("histogram");
        assertEquals(20, histogram.get("counts").size(), histogram.toString());
        long total = 0;
        for (JsonNode c : histogram.get("counts")) {
            total += c.asLong();
        }
        assertTrue(total > 100_000, "every E->E synapse in a bin: " + total); // 500 neurons x ~400 inputs
        JsonNode history = sim.get("weights_over_time");
        assertEquals(3, history.get("times_ms").size(), history.toString()); // 1000, 2000, 2500 ms
        assertEquals(2500, history.get("times_ms").get(2).asDouble(), 1e-9);
        assertEquals(sim.get("weights").get(0).get("mean").asDouble(), history.get("EE.mean").get(2).asDouble(), 1e-12);
        assertTrue(history.get("EE.q05").get(2).asDouble() <= history.get("EE.q95").get(2).asDouble(), history.toString());
    }
}
