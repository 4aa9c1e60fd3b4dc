package org.ratenet.api.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.neuron.LifModel;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.testing.SpecGenerators;
import org.ratenet.api.units.Unit;

/** Every invalid field of every spec record is rejected with an exception that names the field. */
class SpecValidationTest {

    private static final ComponentSpec LIF = ComponentSpec.of("lif");

    /** Non-positive doubles, NaN and infinities. */
    private static Gen<Double> notPositive() {
        return doubles().between(-1e9, 0).mix(Generate.pick(List.of(Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, -0.0, 0.0)));
    }

    private static Gen<Double> negative() {
        return doubles().between(-1e9, -1e-9).assuming(x -> x < 0).mix(Generate.pick(List.of(Double.NaN, Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY)));
    }

    private static Gen<Double> notFinite() {
        return Generate.pick(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
    }

    private static void rejects(String field, Executable construction) {
        InvalidParameterException e = assertThrows(InvalidParameterException.class, construction);
        assertEquals(field, e.parameter(), e.getMessage());
        assertTrue(e.getMessage().contains(field), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void populationsRejectBadNamesAndSizes() {
        qt().forAll(integers().between(Integer.MIN_VALUE, 0)).checkAssert(n -> rejects("size", () -> new PopulationSpec("E", n, LIF)));
        qt().forAll(strings().allPossible().ofLengthBetween(0, 8).assuming(s -> !s.matches("[A-Za-z_][A-Za-z0-9_.\\-]*")))
                .checkAssert(s -> rejects("population name", () -> new PopulationSpec(s, 10, LIF)));
        rejects("neuron", () -> new PopulationSpec("E", 10, null));
        rejects("population name", () -> new PopulationSpec("E\nI", 10, LIF)); // found by the property above, seed 1965471559085
    }

    @Test
    void synapsesRejectEachBadField() {
        qt().forAll(notFinite()).checkAssert(w -> rejects("weight", () -> SynapseSpec.delta(w, 1.5)));
        qt().forAll(negative()).checkAssert(d -> rejects("delay", () -> SynapseSpec.current(10, 5, d)));
        qt().forAll(notPositive()).checkAssert(t -> rejects("tau_syn", () -> SynapseSpec.current(10, t, 1)));
        qt().forAll(notFinite()).checkAssert(e -> rejects("reversal", () -> SynapseSpec.conductance(1, 5, e, 1)));
        qt().forAll(doubles().between(-1e6, -1e-9).assuming(x -> x < 0)).checkAssert(g -> rejects("weight", () -> SynapseSpec.conductance(g, 5, 0, 1)));
        rejects("tau_syn", () -> new SynapseSpec(SynapseKind.DELTA, 0.1, 1, 5, Double.NaN));
        rejects("delay_max", () -> SynapseSpec.delta(0.1, 1.5).withDelays(1.0));
        rejects("delay_max", () -> SynapseSpec.rate(1).withDelays(2));
        rejects("delay_max", () -> SynapseSpec.delta(0.1, 1.5).withDelays(Double.NaN));
        rejects("delay_max", () -> SynapseSpec.delta(0.1, 1.5).withNormalDelays(0.5, 1.5));
        qt().forAll(notPositive()).checkAssert(sd -> rejects("delay_sd", () -> SynapseSpec.delta(0.1, 1.5).withNormalDelays(sd, 3)));
        rejects("delay_distribution", () -> new SynapseSpec(SynapseKind.DELTA, 0.1, 1.5, 0, Double.NaN, "constant", 0, 3, "gamma", 0));
        rejects("delay_sd", () -> new SynapseSpec(SynapseKind.DELTA, 0.1, 1.5, 0, Double.NaN, "constant", 0, 3, "uniform", 0.5));
        rejects("reversal", () -> new SynapseSpec(SynapseKind.CURRENT, 1, 1, 5, -70));
    }

    @Test
    void projectionsNeedAPositiveDelay() {
        rejects("delay", () -> ProjectionSpec.of("E", "I", ComponentSpec.of("all_to_all"), SynapseSpec.delta(0.1, 0)));
        rejects("source", () -> ProjectionSpec.of("", "I", ComponentSpec.of("all_to_all"), SynapseSpec.delta(0.1, 1)));
    }

    @Test
    void drivesRejectEachBadField() {
        SynapseSpec s = SynapseSpec.delta(0.1, 0.1);
        qt().forAll(negative()).checkAssert(r -> rejects("rate", () -> new DriveSpec.Poisson("E", r, 10, s)));
        qt().forAll(integers().between(Integer.MIN_VALUE, 0)).checkAssert(k -> rejects("indegree", () -> new DriveSpec.Poisson("E", 5, k, s)));
        qt().forAll(negative()).checkAssert(t -> rejects("start", () -> new DriveSpec.Poisson("E", 5, 10, s, t, 100)));
        qt().forAll(doubles().between(0, 1000), doubles().between(0, 1000))
                .checkAssert((start, earlier) -> rejects("stop", () -> new DriveSpec.Poisson("E", 5, 10, s, start, start - earlier)));
        rejects("stop", () -> new DriveSpec.Poisson("E", 5, 10, s, 0, Double.NaN));
        qt().forAll(notFinite()).checkAssert(i -> rejects("current", () -> new DriveSpec.Current("E", i)));
    }

    @Test
    void simulationsRejectEachBadField() {
        qt().forAll(notPositive()).checkAssert(t -> rejects("duration", () -> new SimulationSpec(t, 0.1, 0, 1)));
        qt().forAll(notPositive()).checkAssert(t -> rejects("dt", () -> new SimulationSpec(100, t, 0, 1)));
        qt().forAll(negative()).checkAssert(t -> rejects("warmup", () -> new SimulationSpec(100, 0.1, t, 1)));
        qt().forAll(doubles().between(100, 1e6)).checkAssert(t -> rejects("warmup", () -> new SimulationSpec(100, 0.1, t, 1)));
        qt().forAll(doubles().between(100.001, 1e6)).checkAssert(t -> rejects("dt", () -> new SimulationSpec(100, t, 0, 1)));
    }

    @Test
    void recordingsRejectEachBadField() {
        qt().forAll(notPositive()).checkAssert(b -> rejects("rate_bin", () -> new RecordingSpec(List.of(), 1, b, List.of())));
        qt().forAll(negative()).checkAssert(w -> rejects("weights_every", () -> new RecordingSpec(List.of(), 1, 1, List.of(), w)));
        qt().forAll(integers().between(Integer.MIN_VALUE, 0)).checkAssert(n -> rejects("sample", () -> new RecordingSpec(List.of(), n, 1, List.of())));
        rejects("spikes", () -> new RecordingSpec(List.of("E", "E"), 1, 1, List.of()));
        rejects("interval", () -> new RecordingSpec.Probe("E", "V_m", 1, 0));
    }

    @Test
    void networksRejectDanglingReferencesAndRepeatedNames() {
        qt().forAll(SpecGenerators.networks()).checkAssert(net -> {
            PopulationSpec first = net.populations().get(0);
            rejects("populations", () -> NetworkSpec.builder("n").population(first).population(first).build());
            ProjectionSpec dangling = ProjectionSpec.of(first.name(), "nowhere", ComponentSpec.of("all_to_all"), SynapseSpec.delta(0.1, 1));
            rejects("projections[" + dangling.name() + "].target", () -> new NetworkSpec(net.name(), net.populations(),
                    List.of(dangling), net.drives(), net.recording()));
            rejects("drive[0].target", () -> new NetworkSpec(net.name(), net.populations(), net.projections(),
                    List.of(new DriveSpec.Current("nowhere", 1)), net.recording()));
        });
        rejects("populations", () -> NetworkSpec.builder("n").build());
    }

    @Test
    void lifParametersAreCheckedByTheirSchemaWithTheirNames() {
        LifModel lif = new LifModel();
        qt().forAll(SpecGenerators.lifParameters(), notPositive()).checkAssert((p, tau) -> {
            rejects("tau_m", () -> lif.build(p.with("tau_m", org.ratenet.api.units.Quantity.of(tau, Unit.MS))));
            rejects("V_reset", () -> lif.build(p.with("V_reset", p.quantity("V_th"))));
            rejects("C_m", () -> lif.build(p.with("C_m", org.ratenet.api.units.Quantity.parse("-1 pF"))));
            rejects("V_th", () -> lif.build(new ParameterSet(java.util.Map.of("tau_m", p.quantity("tau_m"), "V_reset", p.quantity("V_reset")))));
            rejects("theta", () -> lif.build(p.with("theta", p.quantity("V_th"))));
            assertEquals(p.number("tau_m", org.ratenet.api.units.Dimension.TIME), lif.build(p).tauMs());
        });
    }
}
