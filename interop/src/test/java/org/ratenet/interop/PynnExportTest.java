package org.ratenet.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratenet.api.error.UnsupportedSpecException;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.ExperimentSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.ProjectionSpec;
import org.ratenet.api.spec.SimulationSpec;
import org.ratenet.api.spec.SynapseSpec;
import org.ratenet.api.units.Unit;

/** The PyNN script and connection files of small networks, and the one-line refusals of what PyNN cannot express. */
class PynnExportTest {

    private static final Ratenet RATENET = Ratenet.create();
    private static final ComponentSpec LIF = ComponentSpec.of("lif", ParameterSet.builder().put("tau_m", 20, Unit.MS).put("V_th", 20, Unit.MV)
            .put("V_reset", 10, Unit.MV).put("C_m", 250, Unit.PF).put("t_ref", 2, Unit.MS).build());
    private static final ComponentSpec K10 = ComponentSpec.of("fixed_indegree", ParameterSet.builder().put("indegree", 10).build());

    private static ExperimentSpec experiment(NetworkSpec net) {
        return new ExperimentSpec(net, new SimulationSpec(200, 0.1, 50, 7), Map.of());
    }

    private static NetworkSpec.Builder ei(SynapseSpec excitatory, SynapseSpec inhibitory) {
        return NetworkSpec.builder("ei").population("E", 80, LIF).population("I", 20, LIF)
                .projection("E", "E", K10, excitatory).projection("I", "E", K10, inhibitory)
                .drive(new DriveSpec.Poisson("E", 20, 100, new SynapseSpec(excitatory.kind(), excitatory.weight(), 0, excitatory.tauSynMs(),
                        excitatory.reversalMv(), "constant", 0, 0, "constant", 0)));
    }

    @Test
    void aDeltaNetworkBecomesIfCurrDeltaWithItsRealisedConnections(@TempDir Path dir) throws Exception {
        ExperimentSpec e = experiment(ei(SynapseSpec.delta(0.2, 1.5), SynapseSpec.delta(-1.0, 2.0)).drive(new DriveSpec.Current("I", 300)).build());
        PynnExport.of(e, RATENET.registries()).writeTo(dir, false);
        String script = Files.readString(dir.resolve(PynnExport.SCRIPT));
        assertTrue(script.contains("pop_E = sim.Population(80, sim.IF_curr_delta(tau_m=20.0, cm=0.25, v_rest=0.0, v_thresh=20.0, v_reset=10.0, "
                + "tau_refrac=2.0, i_offset=0.0), label=\"E\")"), script);
        assertTrue(script.contains("i_offset=0.3"), "300 pA as nA: " + script);
        assertTrue(script.contains("RandomDistribution(\"uniform\", low=10.0, high=20.0, rng=rng)"), script);
        assertTrue(script.contains("project(pop_I, pop_E, \"connections/I_to_E.txt\", \"inhibitory\", \"mV\", \"I->E\")"), script);
        assertTrue(script.contains("PoissonDrive(pop_E, 100, 20.0, 0.2, \"excitatory\", \"v\", \"mV\", 0.0, float('inf'))"), script);
        List<String> rows = Files.readAllLines(dir.resolve("connections/I_to_E.txt"));
        assertEquals("# columns = [\"i\", \"j\", \"weight\", \"delay\"]", rows.get(0));
        assertEquals(80 * 10 + 1, rows.size(), "one row a synapse: 80 targets with 10 inputs each");
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split("\t");
            assertTrue(Integer.parseInt(f[0]) < 20 && Integer.parseInt(f[1]) < 80, row);
            assertEquals(-1.0, Double.parseDouble(f[2]), row);
            assertEquals(2.0, Double.parseDouble(f[3]), 1e-12, row);
        }
    }

    @Test
    void currentAndConductanceSynapsesBecomeIfCurrExpAndIfCondExpInPynnUnits(@TempDir Path dir) throws Exception {
        PynnExport current = PynnExport.of(experiment(ei(SynapseSpec.current(100, 5, 1), SynapseSpec.current(-400, 10, 1)).build()), RATENET.registries());
        PynnCell e = current.cells().get("E");
        assertEquals("IF_curr_exp", e.cellType());
        assertEquals(5.0, e.parameters().get("tau_syn_E"));
        assertEquals(10.0, e.parameters().get("tau_syn_I"));
        current.writeTo(dir.resolve("current"), false);
        assertTrue(Files.readAllLines(dir.resolve("current/connections/I_to_E.txt")).get(1).contains("\t-0.4\t"), "-400 pA as nA");
        PynnExport conductance = PynnExport.of(experiment(ei(SynapseSpec.conductance(6, 5, 0, 1), SynapseSpec.conductance(67, 10, -80, 1)).build()),
                RATENET.registries());
        PynnCell c = conductance.cells().get("E");
        assertEquals("IF_cond_exp", c.cellType());
        assertEquals(0.0, c.parameters().get("e_rev_E"));
        assertEquals(-80.0, c.parameters().get("e_rev_I"));
        assertEquals(10.0, c.parameters().get("tau_syn_I"));
        conductance.writeTo(dir.resolve("conductance"), true);
        String script = Files.readString(dir.resolve("conductance/" + PynnExport.SCRIPT));
        assertTrue(script.contains("sim.FixedNumberPreConnector(10, allow_self_connections=True, with_replacement=True, rng=rng)"), script);
        assertTrue(script.contains("weight=0.067, delay=1.0"), "67 nS as µS: " + script);
        assertFalse(Files.exists(dir.resolve("conductance/" + PynnExport.CONNECTIONS)), "no connection files with --rules");
    }

    @Test
    void whatPynnCannotExpressIsOneLineNamingIt() {
        UnsupportedSpecException twoTaus = assertThrows(UnsupportedSpecException.class, () -> PynnExport.of(experiment(
                ei(SynapseSpec.current(100, 5, 1), SynapseSpec.current(-400, 10, 1)).projection(new ProjectionSpec("E2", "E", "E", K10, SynapseSpec.current(50, 2, 1), null))
                        .build()), RATENET.registries()));
        assertTrue(twoTaus.getMessage().contains("excitatory current synapses with 2 time constants [5.0, 2.0] onto population E"), twoTaus.getMessage());
        UnsupportedSpecException plastic = assertThrows(UnsupportedSpecException.class, () -> PynnExport.of(experiment(NetworkSpec.builder("p")
                .population("E", 10, LIF).projection(new ProjectionSpec("EE", "E", "E", K10, SynapseSpec.delta(0.1, 1),
                        ComponentSpec.of("stdp", ParameterSet.EMPTY))).build()), RATENET.registries()));
        assertTrue(plastic.getMessage().contains("plasticity rule 'stdp' of projection EE"), plastic.getMessage());
        UnsupportedSpecException mixed = assertThrows(UnsupportedSpecException.class, () -> PynnExport.of(experiment(
                ei(SynapseSpec.delta(0.2, 1), SynapseSpec.current(-400, 10, 1)).build()), RATENET.registries()));
        assertTrue(mixed.getMessage().contains("onto population E"), mixed.getMessage());
        for (UnsupportedSpecException e : List.of(twoTaus, plastic, mixed)) {
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
            assertTrue(e.getMessage().startsWith("level 'pynn' cannot represent"), e.getMessage());
        }
    }
}
