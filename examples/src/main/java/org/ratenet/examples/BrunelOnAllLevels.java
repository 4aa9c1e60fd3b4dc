package org.ratenet.examples;

import java.util.Locale;

import org.ratenet.api.experiment.Experiment;
import org.ratenet.api.experiment.ExperimentResults;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.model.Level;
import org.ratenet.rate.meanfield.MeanFieldResult;
import org.ratenet.spiking.engine.SpikingResult;

/**
 * Brunel (2000) model A on every level that can represent it — the LIF mean field and the spiking network — from one
 * description, and the two levels side by side. {@code main} runs order 2500 (12,500 neurons); the test a smaller one.
 */
public final class BrunelOnAllLevels {

    private BrunelOnAllLevels() {
    }

    /** Runs model A at {@code order} for {@code durationMs} and returns a short comparison table. */
    public static String run(int order, double durationMs) {
        ExperimentResults results = Experiment.of(BrunelModelA.experiment(order, 5.0, 2.0)) // g = 5, η = 2: asynchronous irregular
                .simulate(durationMs, 0.1)
                .warmup(Math.min(200, durationMs / 4))       // leave the initial transient out of the statistics
                .run(Ratenet.create());                      // every registered level that can represent the network
        MeanFieldResult meanField = results.get(Level.MEANFIELD, MeanFieldResult.class);
        SpikingResult spiking = results.get(Level.SPIKING, SpikingResult.class);
        double[] predicted = meanField.stable().orElseThrow().ratesHz();
        StringBuilder table = new StringBuilder("population  mean field (Hz)  spiking (Hz)\n");
        for (int a = 0; a < predicted.length; a++) {
            table.append(String.format(Locale.ROOT, "%-10s  %15.3f  %12.3f%n", spiking.populations().get(a), predicted[a],
                    spiking.statistics().get(a).rateHz()));
        }
        results.notRun().forEach((level, why) -> table.append("(").append(level).append(" not run: ").append(why).append(")\n"));
        return table.toString();
    }

    public static void main(String[] args) {
        System.out.print(run(2500, 1000));
    }
}
