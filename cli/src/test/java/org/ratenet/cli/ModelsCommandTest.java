package org.ratenet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code ratenet models}: every registry of components with parameters, units and defaults, as text and JSON. */
class ModelsCommandTest {

    @Test
    void everySortIsListedWithItsParameters() throws Exception {
        CliRun text = CliRun.of("models");
        assertEquals(0, text.exit(), text.err());
        for (String sort : new String[] {"connectivity rules:", "gain functions:", "levels:", "neuron models:", "plasticity rules:",
            "weight functions:", "synapse kinds"}) {
            assertTrue(text.out().lines().anyMatch(l -> l.startsWith(sort)), sort + " in:\n" + text.out());
        }
        assertTrue(text.out().lines().allMatch(l -> l.isEmpty() || Character.isLetter(l.charAt(0)) || l.startsWith("  ")), text.out());
        assertTrue(text.out().contains("tau_m            ms      required"), text.out());
        assertTrue(text.out().contains("C_m              pF      default 250 pF"), text.out());

        JsonNode json = new ObjectMapper().readTree(CliRun.of("models", "--json").out());
        JsonNode tauM = json.at("/neuron model/lif/parameters/tau_m");
        assertEquals("ms", tauM.get("unit").asText());
        assertTrue(tauM.get("required").asBoolean());
        assertEquals("Siegert formula (Brunel 2000, eq. 21; Fourcaud and Brunel 2002)", json.at("/neuron model/lif/transfer_function").asText());
        assertTrue(json.at("/weight function/hebbian/parameters").has("nu_ref"));
    }
}
