package org.ratenet.examples.qif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The QIF model as a user ships it: the {@code ratenet} command (its jar alone, in a separate JVM, so the examples are
 * not on its class path) loads it with {@code --plugin} and runs it through {@code models}, {@code meanfield} and
 * {@code simulate}; a module of the wrong shape is one line naming the class.
 */
class QifPluginTest {

    private static final Path CLI = Path.of("../cli/target/ratenet.jar");
    private static final Path PLUGIN = Path.of("target/classes");
    private static final Path FILE = Path.of("qif/qif-ei.yaml");

    private record Output(int exit, String out, String err) { }

    private static Output ratenet(List<String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                CLI.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("RATENET_PLUGINS");
        for (int i = 0; i + 1 < env.size(); i += 2) {
            pb.environment().put(env.get(i), env.get(i + 1));
        }
        Process p = pb.start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "ratenet finished");
        return new Output(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void withoutThePluginQifIsUnknownWithItEveryCommandRunsIt() throws Exception {
        assertTrue(Files.exists(CLI), "the cli jar is built before the examples");
        Output without = ratenet(List.of(), "meanfield", FILE.toString());
        assertEquals(2, without.exit(), without.err());
        assertTrue(without.err().contains("'qif'"), without.err());

        Output models = ratenet(List.of(), "--plugin", PLUGIN.toString(), "models");
        assertEquals(0, models.exit(), models.err());
        assertTrue(models.out().contains("  qif  (levels:"), models.out());
        assertTrue(models.out().contains("V_c"), models.out());

        Output meanField = ratenet(List.of(), "--plugin", PLUGIN.toString(), "meanfield", "--json", FILE.toString());
        assertEquals(0, meanField.exit(), meanField.err());
        assertTrue(meanField.out().contains("\"stable\" : true"), meanField.out());

        Output fromEnvironment = ratenet(List.of("RATENET_PLUGINS", PLUGIN.toAbsolutePath().toString()), "simulate", "--time", "300",
                FILE.toString());
        assertEquals(0, fromEnvironment.exit(), fromEnvironment.err());
        assertTrue(fromEnvironment.out().contains("spike hash"), fromEnvironment.out());
    }

    @Test
    void aModuleOfTheWrongShapeIsOneLineNamingTheClass(@TempDir Path plugin) throws Exception {
        Path services = Files.createDirectories(plugin.resolve("META-INF/services"));
        Files.writeString(services.resolve("org.ratenet.api.inject.RatenetModule"), "org.ratenet.api.neuron.LifModel\n");
        Output out = ratenet(List.of(), "--plugin", plugin.toString(), "models");
        assertEquals(2, out.exit(), out.err());
        assertEquals(1, out.err().strip().lines().count(), out.err());
        assertTrue(out.err().contains("org.ratenet.api.neuron.LifModel"), out.err());
        assertTrue(out.err().contains("must implement org.ratenet.api.inject.RatenetModule"), out.err());
        assertFalse(out.err().contains("\tat "), out.err());
    }

    @Test
    void aMissingPluginPathIsOneLine() throws Exception {
        Output out = ratenet(List.of(), "--plugin", "no/such.jar", "models");
        assertEquals(2, out.exit(), out.err());
        assertTrue(out.err().strip().endsWith("--plugin no/such.jar: no such file or folder"), out.err());
    }
}
