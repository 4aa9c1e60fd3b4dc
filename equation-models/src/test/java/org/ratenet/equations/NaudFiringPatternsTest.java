package org.ratenet.equations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.units.Quantity;

/**
 * The AdEx from equations reproduces the firing patterns of Naud et al. (2008, Biol. Cybern. 99:335, Table 1) under
 * their step currents, classified from the measured ISI sequence; and its adapting ISI sequence agrees with a
 * hand-written RK4 integration at a tenth of the step.
 */
class NaudFiringPatternsTest {

    static final EquationModel ADEX = EquationModel.parse(StandardModels.adex("adex"));
    static final double DT = 0.01;
    static final double DURATION = 600;

    /** Naud et al. (2008), Table 1: C_m (pF), g_L (nS), E_L, V_T (mV), a (nS), τ_w (ms), b (pA), V_r (mV), I (pA); Δ_T 2 mV. */
    record Cell(double c, double gL, double eL, double vT, double a, double tauW, double b, double vR, double current) {
        ParameterSet parameters() {
            return ParameterSet.builder().put("C_m", Quantity.parse(c + " pF")).put("g_L", Quantity.parse(gL + " nS"))
                    .put("E_L", Quantity.parse(eL + " mV")).put("V_T", Quantity.parse(vT + " mV")).put("a", Quantity.parse(a + " nS"))
                    .put("tau_w", Quantity.parse(tauW + " ms")).put("b", Quantity.parse(b + " pA")).put("V_r", Quantity.parse(vR + " mV")).build();
        }
    }

    static Stream<Arguments> patterns() {
        return Stream.of(
            Arguments.of("tonic", new Cell(200, 10, -70, -50, 2, 30, 0, -58, 500)),
            Arguments.of("adapting", new Cell(200, 12, -70, -50, 2, 300, 60, -58, 500)),
            Arguments.of("initial burst", new Cell(130, 18, -58, -50, 4, 150, 120, -50, 400)),
            Arguments.of("regular bursting", new Cell(200, 10, -58, -50, 2, 120, 100, -46, 210)),
            Arguments.of("delayed accelerating", new Cell(200, 12, -70, -50, -10, 300, 0, -58, 300)),
            Arguments.of("transient", new Cell(100, 10, -65, -50, 10, 90, 100, -47, 180)));
    }

    static List<Double> spikeTimes(Cell cell) {
        SinglePopulation p = new SinglePopulation(ADEX, ADEX.parameters().validate(cell.parameters()), 1, DT, cell.current());
        p.run(Math.round(DURATION / DT));
        return p.spikeTimes.get(0);
    }

    static double[] intervals(List<Double> spikes) {
        double[] isi = new double[Math.max(0, spikes.size() - 1)];
        for (int k = 0; k < isi.length; k++) {
            isi[k] = spikes.get(k + 1) - spikes.get(k);
        }
        return isi;
    }

    /**
     * The pattern of a spike train under a step current, from its ISIs (after Naud et al. 2008, Section 3): silent without
     * spikes, transient if it stops before half the run; where ISIs span more than a factor 3, bursting if short and long ISIs alternate
     * repeatedly (short and long split at the geometric mean of the extremes), an initial burst if one ISI jumps by more
     * than 2.5x its predecessor once, adapting if they grow gradually; otherwise delayed accelerating if the first spike
     * comes later than the first ISI and ISIs shrink by more than 20 %, adapting if they grow by more than 30 %, tonic.
     */
    static String classify(List<Double> spikes) {
        double[] isi = intervals(spikes);
        if (spikes.isEmpty()) {
            return "silent";
        }
        if (spikes.size() < 3 || spikes.get(spikes.size() - 1) < DURATION / 2) {
            return "transient";
        }
        double min = Double.MAX_VALUE;
        double max = 0;
        for (double x : isi) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        double first = isi[0];
        double last = isi[isi.length - 1];
        if (max > 3 * min) {
            double split = Math.sqrt(min * max);
            int burstEnds = 0;
            double steepest = 0;
            for (int k = 1; k < isi.length; k++) {
                burstEnds += isi[k - 1] < split && isi[k] >= split ? 1 : 0;
                steepest = Math.max(steepest, isi[k] / isi[k - 1]);
            }
            return burstEnds >= 3 ? "regular bursting" : steepest > 2.5 ? "initial burst" : "adapting";
        }
        if (spikes.get(0) > first && last < 0.8 * first) {
            return "delayed accelerating";
        }
        return last > 1.3 * first ? "adapting" : "tonic";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    void theAdexFromEquationsFiresInNaudsPattern(String pattern, Cell cell) {
        List<Double> spikes = spikeTimes(cell);
        System.out.println(pattern + ": ISIs " + java.util.Arrays.toString(intervals(spikes)));
        assertEquals(pattern, classify(spikes), () -> "spikes " + spikes + "\nISIs " + java.util.Arrays.toString(intervals(spikes)));
    }

    @Test
    void theAdaptingIsiSequenceAgreesWithAHandWrittenRk4AtATenthOfTheStep() {
        Cell cell = patterns().filter(a -> a.get()[0].equals("adapting")).map(a -> (Cell) a.get()[1]).findFirst().orElseThrow();
        double[] generated = intervals(spikeTimes(cell));
        double[] reference = intervals(referenceSpikes(cell, DT / 10));
        assertTrue(generated.length >= 8, "spikes: " + generated.length);
        assertEquals(reference.length, generated.length, "number of ISIs");
        for (int k = 0; k < generated.length; k++) {
            assertEquals(reference[k], generated[k], 2 * DT, "ISI " + k);
        }
    }

    /** The AdEx by classical RK4 written out by hand, V seen at most V_peak inside a step (as the generated code does). */
    static List<Double> referenceSpikes(Cell p, double dt) {
        double deltaT = 2;
        double peak = 0;
        double v = p.eL();
        double w = 0;
        List<Double> spikes = new ArrayList<>();
        long steps = Math.round(DURATION / dt);
        for (long s = 0; s < steps; s++) {
            double[] k1 = adex(p, Math.min(v, peak), w, deltaT);
            double[] k2 = adex(p, Math.min(v + dt / 2 * k1[0], peak), w + dt / 2 * k1[1], deltaT);
            double[] k3 = adex(p, Math.min(v + dt / 2 * k2[0], peak), w + dt / 2 * k2[1], deltaT);
            double[] k4 = adex(p, Math.min(v + dt * k3[0], peak), w + dt * k3[1], deltaT);
            v += dt / 6 * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0]);
            w += dt / 6 * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1]);
            if (v > peak) {
                v = p.vR();
                w += p.b();
                spikes.add((s + 1) * dt);
            }
        }
        return spikes;
    }

    private static double[] adex(Cell p, double v, double w, double deltaT) {
        double dv = (-p.gL() * (v - p.eL()) + p.gL() * deltaT * Math.exp((v - p.vT()) / deltaT) - w + p.current()) / p.c();
        double dw = (p.a() * (v - p.eL()) - w) / p.tauW();
        return new double[] {dv, dw};
    }
}
