package org.ratenet.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.spec.ExperimentSpec;
import org.ratenet.equations.EquationModel;

/** The {@code models:} section: models defined by equations, used by populations, written back and read again. */
class ModelsSectionTest {

    private static final String FILE = """
            name: adaptive
            parameters:
              tau: 300 ms
            models:
              adex:
                equations: |
                  dV/dt = (-g_L*(V - E_L) + g_L*Delta_T*exp((V - V_T)/Delta_T) - w + I_syn)/C_m : mV
                  dw/dt = (a*(V - E_L) - w)/tau_w : pA
                threshold: V > V_peak
                reset: V = V_r; w += b
                initial: {V: E_L}
                parameters: {C_m: 200 pF, g_L: 12 nS, E_L: -70 mV, V_T: -50 mV, Delta_T: 2 mV, tau_w: tau, a: 2 nS, b: 60 pA,
                             V_r: -58 mV, V_peak: 0 mV}
            populations:
              N: {size: 10, neuron: {model: adex, b: 80 pA}}
            drive: [{target: N, current: 500 pA}]
            """;

    private final ExperimentReader reader = new ExperimentReader(Ratenet.builder().discover(false).build().registries());

    @Test
    void aModelDefinedInTheFileIsUsedWrittenBackAndReadAgain(@TempDir Path dir) throws Exception {
        ExperimentSpec e = reader.read(Files.writeString(dir.resolve("e.yaml"), FILE), Map.of("tau", "100 ms"));
        EquationModel adex = assertInstanceOf(EquationModel.class, e.network().models().get("adex"));
        assertEquals(java.util.List.of("V", "w"), adex.variables());
        assertEquals(100.0, adex.definition().parameters().get("tau_w").value(), "the model's default from the file's parameter, overridden");
        double[] values = adex.build(e.network().populations().get(0).neuron().parameters()).baseValues();
        java.util.List<String> names = java.util.List.copyOf(adex.definition().parameters().keySet());
        assertEquals(80.0, values[names.indexOf("b")], "the population's value over the model's default");
        assertEquals(200.0, values[names.indexOf("C_m")], "the model's default where the population gives none");
        Path again = Files.writeString(dir.resolve("again.yaml"), new ExperimentWriter().toYaml(e));
        assertEquals(e.network(), reader.read(again, Map.of()).network());
    }

    @Test
    void anEquationErrorNamesTheFieldLineAndColumn(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("e.yaml"), FILE.replace("- w + I_syn)/C_m : mV", "- w + I_syn)/C_m : pA"));
        ExperimentFileException x = assertThrows(ExperimentFileException.class, () -> reader.read(file, Map.of()));
        assertEquals("models.adex.equations: line 1, column 20: dV/dt: 'V' (pA) and 'E_L' (mV) cannot be subtracted: their units differ",
                x.getMessage());
    }

    @Test
    void aPopulationParameterTheModelDoesNotHaveIsOneLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("e.yaml"), FILE.replace("b: 80 pA", "tau_m: 20 ms"));
        ExperimentFileException x = assertThrows(ExperimentFileException.class, () -> reader.read(file, Map.of()));
        assertTrue(x.getMessage().startsWith("populations.N.neuron") && x.getMessage().contains("tau_m"), x.getMessage());
        assertEquals(1, x.getMessage().lines().count());
    }

    @Test
    void aModelMayNotTakeTheNameOfARegisteredOne(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("e.yaml"), FILE.replace("  adex:\n", "  lif:\n").replace("model: adex", "model: lif"));
        ExperimentFileException x = assertThrows(ExperimentFileException.class, () -> reader.read(file, Map.of()));
        assertTrue(x.getMessage().contains("'lif' is already a registered neuron model"), x.getMessage());
    }
}
