package org.ratenet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reproductions of the hardening issue, each now a one-line error or a correct run. */
class HardeningTest {

    private static final String BRUNEL = "../examples/brunel-a.yaml";

    @Test
    void anInfiniteSweepValueIsRefusedBeforeWork(@TempDir Path dir) {
        CliRun r = CliRun.of("sweep", "--set", "eta=1e400,2", "--out", dir.resolve("s").toString(), BRUNEL);
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("finite numbers"), r.err());
        assertFalse(Files.exists(dir.resolve("s")));
    }

    @Test
    void aParameterSetTwiceIsAnError() {
        CliRun r = CliRun.of("simulate", "--set", "g=5", "--set", "g=6", BRUNEL);
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--set g is given twice (5 and 6)"), r.err());
    }

    @Test
    void yamlAnchorsAndMergeKeysWorkAndASecondDocumentIsRefused(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("anchors.yaml"), """
                name: anchors
                x-cells:
                  lif: &lif {model: lif, tau_m: 20 ms, V_th: 20 mV, V_reset: 10 mV}
                populations:
                  E: {size: 100, neuron: *lif}
                  I:
                    size: 25
                    neuron:
                      <<: *lif
                      tau_m: 10 ms
                drive:
                  - {target: E, current: 500 pA}
                  - {target: I, current: 500 pA}
                """);
        CliRun ok = CliRun.of("check", file.toString());
        assertEquals(0, ok.exit(), ok.out());
        Path two = Files.writeString(dir.resolve("two.yaml"), Files.readString(file) + "---\nname: other\n");
        CliRun refused = CliRun.of("check", two.toString());
        assertEquals(2, refused.exit());
        assertTrue(refused.out().contains("2 YAML documents"), refused.out());
    }

    @Test
    void runawayAndSilentPopulationsAreWarnings() {
        CliRun runaway = CliRun.of("simulate", "--json", "--set", "order=100", "--set", "g=0", "--set", "J=5mV", "--set", "t_ref=0ms",
                "--time", "200", BRUNEL);
        assertEquals(0, runaway.exit(), runaway.err());
        assertTrue(runaway.out().contains("saturation: population E"), runaway.out());
        CliRun silent = CliRun.of("simulate", "--json", "--set", "order=100", "--set", "eta=0", "--time", "200", BRUNEL);
        assertTrue(silent.out().contains("silent: population E"), silent.out());
    }

    @Test
    void anUnwritablePlaceIsRefusedWithItsReasonBeforeWork() {
        CliRun r = CliRun.of("sweep", "--set", "g=4,5", "--out", "/proc/ratenet-cannot-be-here", BRUNEL);
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("cannot write /proc/ratenet-cannot-be-here: "), r.err());
        assertFalse(r.err().contains("sweep: "), "no point was evaluated: " + r.err());
    }
}
