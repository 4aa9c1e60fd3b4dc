package org.ratenet.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.ExperimentSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.ProjectionSpec;
import org.ratenet.api.testing.SpecGenerators;
import org.ratenet.api.units.Dimension;

class ExperimentFilesTest {

    static final Path BRUNEL = Path.of("..", "examples", "brunel-a.yaml");
    static final ExperimentReader READER = new ExperimentReader(Ratenet.create().registries());
    static final ExperimentWriter WRITER = new ExperimentWriter();

    /** Brunel (2000) model A with the numbers of the NEST example (shared/seeds/nest-siegert-meanfield-brunel.txt). */
    @Test
    void brunelModelAHasTheNestExampleNumbers() {
        ExperimentSpec e = READER.read(BRUNEL, Map.of());
        NetworkSpec net = e.network();
        assertEquals(10_000, net.population("E").orElseThrow().size());
        assertEquals(2_500, net.population("I").orElseThrow().size());
        assertEquals(1000, e.parameters().get("CE").value());
        assertEquals(250, e.parameters().get("CI").value());
        assertEquals(10.0, e.parameters().get("nu_th").value(), 1e-12); // theta / (J C_E tau_m) in Hz
        ProjectionSpec ie = net.projections().stream().filter(p -> p.name().equals("I->E")).findFirst().orElseThrow();
        assertEquals(-0.5, ie.synapse().weight(), 1e-15); // -g J
        assertEquals(1.5, ie.synapse().delayMs());
        assertEquals(250, ie.connectivity().parameters().integer("indegree"));
        DriveSpec.Poisson drive = (DriveSpec.Poisson) net.drives().get(0);
        assertEquals(20.0, drive.rateHz(), 1e-12); // eta nu_th
        assertEquals(20_000.0, drive.totalRateHz(), 1e-9); // p_rate = 1000 nu_ex C_E of the NEST example
        assertEquals(20.0, net.population("E").orElseThrow().neuron().parameters().number("V_th", Dimension.VOLTAGE));
        assertEquals(12345, e.simulation().seed());
    }

    @Test
    void parametersCanBeOverriddenAndDependentValuesFollow() {
        ExperimentSpec e = READER.read(BRUNEL, Map.of("order", "500", "g", "6"));
        assertEquals(2000, e.network().population("E").orElseThrow().size());
        assertEquals(200, e.parameters().get("CE").value());
        assertEquals(-0.6, e.network().projections().get(2).synapse().weight(), 1e-15);
        assertEquals(50.0, e.parameters().get("nu_th").value(), 1e-12);
        ExperimentFileException bad = assertThrows(ExperimentFileException.class, () -> READER.read(BRUNEL, Map.of("g", "6 mV")));
        assertTrue(bad.getMessage().startsWith("projections[2].synapse.weight: '-g*J' has dimension mV^2"), bad.getMessage());
    }

    @Test
    void yamlToSpecToYamlRoundTrips() {
        qt().forAll(SpecGenerators.experiments()).checkAssert(spec -> {
            String yaml = WRITER.toYaml(spec);
            ExperimentSpec back = READER.parse(yaml.getBytes(StandardCharsets.UTF_8), false, Map.of());
            assertEquals(spec, back, yaml);
            assertEquals(yaml, WRITER.toYaml(back));
        });
    }

    @Test
    void theBundledExampleRoundTripsThroughYamlAndJson() throws Exception {
        ExperimentSpec spec = READER.read(BRUNEL, Map.of());
        assertEquals(spec, READER.parse(WRITER.toYaml(spec).getBytes(StandardCharsets.UTF_8), false, Map.of()));
        byte[] json = new ObjectMapper().writeValueAsBytes(WRITER.toTree(spec));
        assertEquals(spec, READER.parse(json, true, Map.of()));
    }

    @Test
    void errorsNameThePathAndTheReason() {
        assertError("populations.E.neuron.tau_m: expected a time", "tau_m: tau_m,", "tau_m: 20 mV,");
        assertError("populations.E.size: 0 is out of range", "size: NE", "size: 0*NE");
        assertError("parameters.NE: unknown name 'ordr'", "NE: 4*order", "NE: 4*ordr");
        assertError("projections[E->E].connectivity.indegree: indegree = 1000 is not allowed: must be <= 400",
                "order: 2500", "order: 100", "{rule: fixed_indegree, indegree: CE}", "{rule: fixed_indegree, indegree: 1000, multapses: false}");
        assertError("recording.spikes = X is not allowed: must be the name of a population", "spikes: [E, I]", "spikes: [E, X]");
        assertError("populations.E.neuron.V_reset: V_reset = 20 mV is not allowed: must be < V_th = 20 mV",
                "V_reset: 0 mV", "V_reset: 20 mV");
    }

    /** Replaces the first occurrence of each (text, replacement) pair in the example and expects an error. */
    private static void assertError(String expectedStart, String... replacements) {
        String text;
        try {
            text = Files.readString(BRUNEL);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < replacements.length; i += 2) {
            text = text.replaceFirst(Pattern.quote(replacements[i]), Matcher.quoteReplacement(replacements[i + 1]));
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> READER.parse(bytes, false, Map.of()));
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"));
    }
}
