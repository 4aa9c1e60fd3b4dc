package org.ratenet.validation.suites;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.ratenet.api.dynamics.SpikingNeuronModel;
import org.ratenet.api.error.UnsupportedSpecException;
import org.ratenet.api.model.NeuronModel;
import org.ratenet.api.model.PassiveMembrane;
import org.ratenet.api.registry.Registries;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.SimulationSpec;
import org.ratenet.spiking.engine.SpikingEngine;
import org.ratenet.spiking.engine.SpikingNetwork;

/**
 * The gain of a conductance-based neuron (any spiking model with a {@link PassiveMembrane}; the lecture's is the LIF) as
 * the rate derivation needs it (Kleinfeld 11.3–11.6), calibrated from
 * simulated f–I curves: for each added shunting conductance g_s (reversal at E_L, i.e. a leak of g_L + g_s, as in the
 * dynamic-clamp experiments of Chance, Abbott and Reyes 2002) a single neuron is simulated for 2 s at currents in steps
 * of 1 % of the unshunted rheobase scale until it fires above 100 Hz (its rate from the first to the last spike), and a threshold-linear curve r = β [I − I_θ]₊ is
 * fitted by least squares to the points between 5 and 80 Hz. Regressing I_θ on the total conductance g_L + g_s gives
 * v_θ (slope) and I_θ° (intercept) of I_θ = I_θ° + v_θ g_L^total (11.6); the change of β with g_s is what the
 * derivation neglects.
 *
 * @param shuntsNs the added conductances g_s (nS)
 * @param betasHzPerPa the fitted slope β at each shunt (Hz/pA)
 * @param thresholdsPa the fitted threshold I_θ at each shunt (pA)
 * @param vThetaMv v_θ (mV)
 * @param iThetaZeroPa I_θ° (pA)
 * @param thresholdLinearity the largest |I_θ − (I_θ° + v_θ g)| relative to I_θ over the shunts
 */
public record GainCalibration(double[] shuntsNs, double[] betasHzPerPa, double[] thresholdsPa, double vThetaMv, double iThetaZeroPa,
                              double thresholdLinearity) {

    private static final double FIT_LOW_HZ = 5;
    private static final double FIT_HIGH_HZ = 80;
    private static final double DURATION_MS = 2000;

    /** β at rest (no added shunt), the conversion gain the derivation uses. */
    public double betaAtRest() {
        return betasHzPerPa[0];
    }

    /** β(g_s) / β(0) − 1 at the largest shunt: the slope change the derivation neglects. */
    public double largestSlopeChange() {
        return betasHzPerPa[betasHzPerPa.length - 1] / betasHzPerPa[0] - 1;
    }

    /** The passive membrane of a population's cell (its model's {@link PassiveMembrane}), in the units of the derivation. */
    public record Membrane(double capacitancePf, double leakNs, double restingMv, double thresholdMv) {

        /** The membrane of this neuron; an {@link UnsupportedSpecException} when its model declares none. */
        @SuppressWarnings("unchecked")
        public static <P extends Record> Membrane of(ComponentSpec neuron, Registries registries) {
            NeuronModel<P> model = (NeuronModel<P>) registries.neuronModels().get(neuron.kind());
            if (!(model instanceof PassiveMembrane<?>) || !(model instanceof SpikingNeuronModel<?>)) {
                throw new UnsupportedSpecException("conductance-spiking", "neuron model '" + model.name() + "'",
                        "a spiking model with a passive membrane (implement org.ratenet.api.model.PassiveMembrane)");
            }
            PassiveMembrane<P> m = (PassiveMembrane<P>) model;
            P cell = model.build(neuron.parameters());
            return new Membrane(m.capacitancePf(cell), m.leakConductanceNs(cell), m.restingMv(cell), m.spikeThresholdMv(cell));
        }
    }

    /** Calibrates the gain of {@code neuron}'s cell, simulated by its own model with each shunt added to its leak. */
    @SuppressWarnings("unchecked")
    public static GainCalibration of(ComponentSpec neuron, double[] shuntsNs, Registries registries, long seed) {
        Membrane cell = Membrane.of(neuron, registries);
        PassiveMembrane<?> membrane = (PassiveMembrane<?>) registries.neuronModels().get(neuron.kind());
        double gL = cell.leakNs();
        double scale = gL * (cell.thresholdMv() - cell.restingMv()); // sets the current grid only
        double[] betas = new double[shuntsNs.length];
        double[] thresholds = new double[shuntsNs.length];
        SimpleRegression shift = new SimpleRegression();
        for (int s = 0; s < shuntsNs.length; s++) {
            ComponentSpec shunted = ComponentSpec.of(neuron.kind(), membrane.withShunt(neuron.parameters(), shuntsNs[s]));
            SimpleRegression fit = new SimpleRegression();
            for (int k = 1; k <= 2000; k++) {
                double current = 0.01 * k * scale;
                double rate = rate(shunted, current, registries, seed);
                if (rate >= FIT_LOW_HZ && rate <= FIT_HIGH_HZ) {
                    fit.addData(current, rate);
                }
                if (rate > 100) {
                    break;
                }
            }
            if (fit.getN() < 3) {
                throw new IllegalStateException("too few f–I points between " + FIT_LOW_HZ + " and " + FIT_HIGH_HZ + " Hz at g_s = " + shuntsNs[s] + " nS");
            }
            betas[s] = fit.getSlope();
            thresholds[s] = -fit.getIntercept() / fit.getSlope();
            shift.addData(gL + shuntsNs[s], thresholds[s]);
        }
        double worst = 0;
        for (int s = 0; s < shuntsNs.length; s++) {
            double line = shift.getIntercept() + shift.getSlope() * (gL + shuntsNs[s]);
            worst = Math.max(worst, Math.abs(thresholds[s] - line) / Math.abs(thresholds[s]));
        }
        return new GainCalibration(shuntsNs.clone(), betas, thresholds, shift.getSlope(), shift.getIntercept(), worst);
    }

    /** The rate (Hz) of one neuron of this kind under a constant current, from its first to its last spike. */
    private static double rate(ComponentSpec neuron, double currentPa, Registries registries, long seed) {
        NetworkSpec spec = NetworkSpec.builder("f-I").population("N", 1, neuron).drive(new DriveSpec.Current("N", currentPa)).build();
        try (SpikingEngine engine = new SpikingEngine(SpikingNetwork.build(spec, new SimulationSpec(DURATION_MS, 0.1, 0, seed), registries))) {
            engine.run((int) Math.round(DURATION_MS / 0.1));
            int n = engine.spikes().size();
            if (n < 3) {
                return n / (DURATION_MS / 1000);
            }
            // from the first to the last spike: the period, free of the initial voltage
            return 1000 * (n - 1) / ((engine.spikes().step(n - 1) - engine.spikes().step(0)) * 0.1);
        }
    }

    /** One line per shunt, for reports. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (int s = 0; s < shuntsNs.length; s++) {
            lines.add(String.format(java.util.Locale.ROOT, "g_s = %.1f nS: I_θ = %.2f pA, β = %.4f Hz/pA (%+.1f %% vs rest)", shuntsNs[s], thresholdsPa[s],
                    betasHzPerPa[s], 100 * (betasHzPerPa[s] / betasHzPerPa[0] - 1)));
        }
        return lines;
    }
}
