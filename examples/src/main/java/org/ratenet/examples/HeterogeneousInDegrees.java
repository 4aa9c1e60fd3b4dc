package org.ratenet.examples;

import java.util.Arrays;
import java.util.Locale;

import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.model.Level;
import org.ratenet.api.experiment.Experiment;
import org.ratenet.api.experiment.ExperimentResults;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.result.SpikeRecord;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.RecordingSpec;
import org.ratenet.api.spec.SynapseSpec;
import org.ratenet.api.units.Unit;
import org.ratenet.rate.meanfield.MeanFieldResult;
import org.ratenet.rate.meanfield.RateDistribution;
import org.ratenet.spiking.engine.SpikingResult;

/**
 * Brunel's model A with log-normal in-degrees (s.d. 10 % of the mean on every projection): neurons with more excitatory
 * inputs fire faster, and the heterogeneous mean field predicts the whole distribution of rates across neurons, not
 * only its mean. Compared with the spiking network's per-neuron rates (quantiles).
 */
public final class HeterogeneousInDegrees {

    private HeterogeneousInDegrees() {
    }

    public static NetworkSpec network(int order) {
        ComponentSpec lif = ComponentSpec.of("lif", ParameterSet.builder().put("tau_m", 20, Unit.MS).put("V_th", 20, Unit.MV)
                .put("V_reset", 10, Unit.MV).put("t_ref", 2, Unit.MS).build());
        int cE = order * 4 / 10;
        int cI = order / 10;
        double nuTh = 1000 * 20 / (0.1 * cE * 20); // Hz per external input: θ / (J C_E τ_m)
        return NetworkSpec.builder("heterogeneous-ei").population("E", 4 * order, lif).population("I", order, lif)
                .projection("E", "E", logNormal(cE), SynapseSpec.delta(0.1, 1.5)).projection("E", "I", logNormal(cE), SynapseSpec.delta(0.1, 1.5))
                .projection("I", "E", logNormal(cI), SynapseSpec.delta(-0.5, 1.5)).projection("I", "I", logNormal(cI), SynapseSpec.delta(-0.5, 1.5))
                .drive(new DriveSpec.Poisson("E", 2 * nuTh, cE, SynapseSpec.delta(0.1, 0)))
                .drive(new DriveSpec.Poisson("I", 2 * nuTh, cE, SynapseSpec.delta(0.1, 0)))
                .build();
    }

    private static ComponentSpec logNormal(int mean) {
        return ComponentSpec.of("indegree_distribution", ParameterSet.builder().put("distribution", "lognormal").put("mean", mean)
                .put("sd", Math.max(1, mean / 10)).build());
    }

    /** Quantiles (5/25/50/75/95 %) of the E rates across neurons: mean field, then spiking over {@code durationMs}. */
    public static String run(int order, double durationMs) {
        ExperimentResults results = Experiment.of(network(order)).simulate(durationMs, 0.1).warmup(200).seed(7)
                .record(new RecordingSpec(java.util.List.of("E"), Integer.MAX_VALUE, 1.0, java.util.List.of())) // every E spike, for per-neuron rates
                .levels(Level.MEANFIELD, Level.SPIKING)
                .run(Ratenet.create());
        RateDistribution predicted = results.get(Level.MEANFIELD, MeanFieldResult.class).stable().orElseThrow().distributions().get(0);
        SpikingResult spiking = results.get(Level.SPIKING, SpikingResult.class);
        SpikeRecord record = spiking.spikeRecords().get(0);
        double[] rates = new double[record.populationSize()];
        for (int i = 0; i < record.count(); i++) {
            if (record.timeMs(i) >= 200) {
                rates[record.neuron(i)] += 1000 / (durationMs - 200); // one spike in the counted time, in Hz
            }
        }
        Arrays.sort(rates);
        StringBuilder s = new StringBuilder("quantile   mean field (Hz)   spiking (Hz)\n");
        for (int k = 0; k < RateDistribution.LEVELS.length; k++) {
            double level = RateDistribution.LEVELS[k];
            s.append(String.format(Locale.ROOT, "%5.0f %%   %15.2f   %12.2f%n", 100 * level, predicted.quantilesHz()[k],
                    rates[(int) Math.round(level * (rates.length - 1))]));
        }
        return s.toString();
    }

    public static void main(String[] args) {
        System.out.print(run(2500, 2000));
    }
}
