package org.ratenet.examples;

import java.util.Locale;

import org.ratenet.api.experiment.Experiment;
import org.ratenet.api.experiment.ExperimentResults;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.model.Level;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.result.WeightSummary;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.ProjectionSpec;
import org.ratenet.api.spec.SynapseSpec;
import org.ratenet.api.units.Unit;
import org.ratenet.plasticity.PlasticMeanFieldLevel;
import org.ratenet.plasticity.PlasticMeanFieldResult;
import org.ratenet.spiking.engine.SpikingResult;

/**
 * A plastic E–I network with the trace rule on E→E (Vegué, Allard and Desrosiers 2025; the network of
 * {@code examples/plastic-ei.yaml}): each weight follows the two neurons' spike traces through a saturating Hebbian
 * function. The plastic mean field predicts the rates and the weight distribution at equilibrium; the spiking network,
 * run long enough for the traces (1/r_p = 2 s) to settle, reaches them.
 */
public final class PlasticTraceRule {

    private PlasticTraceRule() {
    }

    public static NetworkSpec network(int excitatory) {
        ComponentSpec lif = ComponentSpec.of("lif", ParameterSet.builder().put("tau_m", 20, Unit.MS).put("V_th", 20, Unit.MV)
                .put("V_reset", 10, Unit.MV).put("t_ref", 2, Unit.MS).build());
        ComponentSpec fromE = ComponentSpec.of("indegree_distribution", ParameterSet.builder().put("distribution", "lognormal")
                .put("mean", excitatory / 5).put("sd", excitatory / 100).build());
        ComponentSpec fromI = ComponentSpec.of("indegree_distribution", ParameterSet.builder().put("distribution", "lognormal")
                .put("mean", excitatory / 20).put("sd", Math.max(1, excitatory / 400)).build());
        // the trace rule: x jumps by 1 per spike and decays at r_p; w = J (0.5 + 0.5 σ((r_p² x_post x_pre − θ) / width))
        ComponentSpec trace = ComponentSpec.of("trace", ParameterSet.builder().put("r_p", 0.5, Unit.HZ).put("weight_function", "saturating_hebbian")
                .put("theta", 900).put("width", 450).put("w_min", 0.5).put("w_max", 1.0).build());
        return NetworkSpec.builder("plastic-ei").population("E", excitatory, lif).population("I", excitatory / 4, lif)
                .projection(new ProjectionSpec("EE", "E", "E", fromE, SynapseSpec.delta(0.05, 1.5), trace))
                .projection("E", "I", fromE, SynapseSpec.delta(0.05, 1.5))
                .projection("I", "E", fromI, SynapseSpec.delta(-0.25, 1.5)).projection("I", "I", fromI, SynapseSpec.delta(-0.25, 1.5))
                .drive(new DriveSpec.Poisson("E", 75, 200, SynapseSpec.delta(0.1, 0)))
                .drive(new DriveSpec.Poisson("I", 75, 200, SynapseSpec.delta(0.1, 0)))
                .build();
    }

    /** The E rate and the mean E→E weight: plastic mean field, then the spiking network after {@code durationMs}. */
    public static String run(int excitatory, double durationMs) {
        ExperimentResults results = Experiment.of(network(excitatory)).simulate(durationMs, 0.1).warmup(durationMs - 2000)
                .levels(PlasticMeanFieldLevel.NAME, Level.SPIKING).run(Ratenet.create());
        PlasticMeanFieldResult meanField = results.get(PlasticMeanFieldLevel.NAME, PlasticMeanFieldResult.class);
        SpikingResult spiking = results.get(Level.SPIKING, SpikingResult.class);
        WeightSummary weights = spiking.weights().get(0);
        return String.format(Locale.ROOT, "E rate: plastic mean field %.3f Hz, spiking %.3f Hz%nE->E weight: plastic mean field %.5f mV, "
                        + "spiking %.5f ± %.5f mV%n", meanField.populations().get(0).mean(), spiking.statistics().get(0).rateHz(),
                meanField.projections().get(0).mean(), weights.mean(), weights.standardDeviation());
    }

    public static void main(String[] args) {
        System.out.print(run(2000, 14_000));
    }
}
