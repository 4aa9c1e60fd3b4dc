package org.ratenet.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.spec.ExperimentSpec;

/**
 * The module on its own, as code users use it: only framework-api on the class path (so only the LIF model is
 * registered), a file read with overrides, written back and read again to the same spec.
 */
class ReaderWithoutTheCommandLineTest {

    private static final String FILE = """
            name: one-population
            parameters:
              tau: 20 ms
              theta: 2*10 mV
            simulation: {duration: 500 ms, warmup: 0 ms, seed: 3}
            populations:
              E:
                size: 100
                neuron: {model: lif, tau_m: tau, V_th: theta, V_reset: 10 mV}
            drive:
              - {target: E, current: 600 pA}
            """;

    @Test
    void aFileReadsWritesAndReadsBackWithOnlyTheApi(@TempDir Path dir) throws Exception {
        Ratenet ratenet = Ratenet.builder().discover(false).build();
        Path file = Files.writeString(dir.resolve("e.yaml"), FILE);
        ExperimentReader reader = new ExperimentReader(ratenet.registries());
        ExperimentSpec e = reader.read(file, Map.of("tau", "10 ms"));
        assertEquals(10.0, e.network().populations().get(0).neuron().parameters().number("tau_m", org.ratenet.api.units.Dimension.TIME));
        assertEquals(0.0, e.simulation().warmupMs());
        Path again = Files.writeString(dir.resolve("again.yaml"), new ExperimentWriter().toYaml(e));
        assertEquals(e.network(), reader.read(again, Map.of()).network());
    }

    @Test
    void anUnknownModelIsOneLineNamingThePath(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("e.yaml"), FILE.replace("model: lif", "model: adex"));
        ExperimentFileException e = assertThrows(ExperimentFileException.class,
                () -> new ExperimentReader(Ratenet.builder().discover(false).build().registries()).read(file, Map.of()));
        assertTrue(e.getMessage().contains("populations.E.neuron") && e.getMessage().contains("adex"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }
}
