package org.ratenet.plasticity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.ProjectionSpec;
import org.ratenet.api.spec.SimulationSpec;
import org.ratenet.api.spec.SynapseSpec;
import org.ratenet.api.units.Unit;
import org.ratenet.spiking.engine.SpikeTrains;
import org.ratenet.spiking.engine.SpikingEngine;
import org.ratenet.spiking.engine.SpikingNetwork;
import org.ratenet.spiking.engine.SynapseTable;

/**
 * Plastic network vs plastic mean field: an E-I LIF network (2000 + 500; in-degrees log-normal with mean 400 / 100 and
 * sd 5 %, so rates vary from neuron to neuron; J 0.05 mV, g 5, external 200 × 75 Hz of 0.1 mV) with the trace rule on
 * E->E (saturating Hebbian, w = J (0.5 + 0.5 σ((ν_post ν_pre − 900 Hz²)/450 Hz²))) against the plastic mean field, for
 * r_p = 0.5, 4 and 32 Hz (α ≈ 34, 4, 0.5). At large α (r_p = 0.5 Hz) the mean E rate and the mean E->E weight are
 * within 5 % of the mean field; the rate and weight discrepancies and the KS distance of the E rate distributions are
 * reported for every r_p (the weight bias grows as α shrinks, from trace noise through the sigmoid's curvature).
 * Simulation: max(1 s, 6/r_p) of warm-up (the traces start at 0), rates and weights over the following 2 s, one seed.
 */
class PlasticMeanFieldVersusSpikingTest {

    private static final Ratenet RATENET = Ratenet.create();

    static NetworkSpec network(double rP) {
        ComponentSpec lif = PlasticEngineTest.lif();
        ComponentSpec fromE = ComponentSpec.of("indegree_distribution", ParameterSet.builder().put("distribution", "lognormal")
                .put("mean", 400).put("sd", 20).build());
        ComponentSpec fromI = ComponentSpec.of("indegree_distribution", ParameterSet.builder().put("distribution", "lognormal")
                .put("mean", 100).put("sd", 5).build());
        ComponentSpec trace = ComponentSpec.of("trace", ParameterSet.builder().put("r_p", rP, Unit.HZ)
                .put("weight_function", "saturating_hebbian").put("theta", 900).put("width", 450).put("w_min", 0.5).put("w_max", 1.0).build());
        return NetworkSpec.builder("plastic-ei").population("E", 2000, lif).population("I", 500, lif)
                .projection(new ProjectionSpec("EE", "E", "E", fromE, SynapseSpec.delta(0.05, 1.5), trace))
                .projection("E", "I", fromE, SynapseSpec.delta(0.05, 1.5))
                .projection("I", "E", fromI, SynapseSpec.delta(-0.25, 1.5))
                .projection("I", "I", fromI, SynapseSpec.delta(-0.25, 1.5))
                .drive(new DriveSpec.Poisson("E", 75, 200, SynapseSpec.delta(0.1, 0)))
                .drive(new DriveSpec.Poisson("I", 75, 200, SynapseSpec.delta(0.1, 0)))
                .build();
    }

    @Test
    void ratesAndWeightsAgreeWithThePlasticMeanFieldAtLargeAlpha() {
        StringBuilder report = new StringBuilder();
        for (double rP : new double[] {0.5, 4, 32}) {
            NetworkSpec spec = network(rP);
            PlasticMeanFieldResult mf = new PlasticMeanField(spec, RATENET.registries(), 400, 7).solve(5);
            double mfRate = mf.populations().get(0).mean();
            double mfWeight = mf.projections().get(0).mean();
            int warm = (int) Math.round(Math.max(1, 6 / rP) * 1e4); // 6 trace time constants: traces start at 0
            int measured = 20_000;
            try (SpikingEngine engine = new SpikingEngine(SpikingNetwork.build(spec, new SimulationSpec((warm + measured) / 10.0, 0.1, 0, 5), RATENET.registries()), 2)) {
                engine.run(warm + measured);
                SpikeTrains trains = engine.spikes();
                double[] rates = new double[2000];
                for (int k = 0; k < trains.size(); k++) {
                    if (trains.step(k) >= warm && trains.neuron(k) < 2000) {
                        rates[trains.neuron(k)] += 1 / (measured * 1e-4);
                    }
                }
                double simRate = Arrays.stream(rates).average().orElse(0);
                SynapseTable ee = engine.synapses("EE");
                double simWeight = Arrays.stream(ee.weights()).average().orElse(0);
                double ks = kolmogorovSmirnov(rates, mf.populations().get(0).rates());
                report.append(String.format("r_p %4.1f Hz: alpha %.3g, E rate sim %.3f vs MF %.3f Hz, EE weight sim %.4f vs MF %.4f mV, KS %.3f%n",
                        rP, mfRate / rP, simRate, mfRate, simWeight, mfWeight, ks));
                if (rP == 0.5) {
                    assertTrue(Math.abs(simRate / mfRate - 1) < 0.05, report.toString());
                    assertTrue(Math.abs(simWeight / mfWeight - 1) < 0.05, report.toString());
                }
            }
        }
        System.out.print(report);
    }

    /** sup |F₁ − F₂| of two empirical distributions. */
    static double kolmogorovSmirnov(double[] a, double[] b) {
        double[] x = a.clone();
        double[] y = b.clone();
        Arrays.sort(x);
        Arrays.sort(y);
        int i = 0;
        int j = 0;
        double d = 0;
        while (i < x.length && j < y.length) {
            double v = Math.min(x[i], y[j]);
            while (i < x.length && x[i] <= v) {
                i++;
            }
            while (j < y.length && y[j] <= v) {
                j++;
            }
            d = Math.max(d, Math.abs((double) i / x.length - (double) j / y.length));
        }
        return d;
    }
}
