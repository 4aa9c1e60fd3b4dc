package org.ratenet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.inject.AbstractModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratenet.api.inject.RatenetModule;
import org.ratenet.api.inject.Registrations;
import org.ratenet.api.model.Level;
import org.ratenet.api.result.PopulationRates;
import org.ratenet.api.result.Provenance;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.PopulationSpec;

/** A plugin's own level runs in {@code run} and {@code sweep} with no edit of either: through the registry and the common views. */
class UserLevelTest {

    /** A level that predicts 10 Hz for every population. */
    public static final class ConstantLevel implements Level<PopulationRates> {
        @Override
        public String name() {
            return "constant";
        }

        @Override
        public void checkSupported(NetworkSpec spec) {
        }

        @Override
        public PopulationRates evaluate(NetworkSpec spec) {
            Map<String, Double> rates = new LinkedHashMap<>();
            spec.populations().stream().map(PopulationSpec::name).forEach(p -> rates.put(p, 10.0));
            return new PopulationRates(rates, Provenance.of("constant", "every population at 10 Hz"), List.of());
        }
    }

    /** Registers {@link ConstantLevel}; found through the plugin folder's services file. */
    public static final class ConstantModule extends AbstractModule implements RatenetModule {
        @Override
        protected void configure() {
            Registrations.levels(binder()).addBinding("constant").toInstance(new ConstantLevel());
        }
    }

    private static Path plugin(Path dir) throws Exception {
        Path services = Files.createDirectories(dir.resolve("plugin/META-INF/services"));
        Files.writeString(services.resolve("org.ratenet.api.inject.RatenetModule"), ConstantModule.class.getName() + "\n");
        return dir.resolve("plugin");
    }

    @Test
    void aPluginLevelRunsAndIsComparedInARunFolder(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("run");
        CliRun r = CliRun.of("--plugin", plugin(dir).toString(), "run", "--quiet", "--set", "order=100", "--time", "300", "--out", out.toString(),
                "../examples/brunel-a.yaml");
        assertEquals(0, r.exit(), r.err());
        String results = Files.readString(out.resolve("results.json"));
        assertTrue(results.contains("\"constant\""), results);
        assertTrue(results.contains("\"spiking-constant\""), results);
        String report = Files.readString(out.resolve("report.md"));
        assertTrue(report.contains("## Level constant") && report.contains("every population at 10 Hz"), report);
    }

    @Test
    void aPluginLevelCanBeSwept(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("sweep");
        CliRun r = CliRun.of("--plugin", plugin(dir).toString(), "sweep", "--level", "constant", "--set", "g=4,5", "--out", out.toString(),
                "../examples/brunel-a.yaml");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(out.resolve("sweep.csv")).contains("10.0"), Files.readString(out.resolve("sweep.csv")));
    }
}
