package org.ratenet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ratenet.api.result.TimeSeries;
import org.ratenet.api.result.WeightSummary;
import org.ratenet.api.spec.PopulationSpec;
import org.ratenet.api.spec.SimulationSpec;
import org.ratenet.cli.output.LevelOutput;
import org.ratenet.cli.output.RunOutputs;
import org.ratenet.cli.run.RunPlots;
import org.ratenet.cli.run.SonataSpikes;
import org.ratenet.cli.run.SpikeFile;
import org.ratenet.plasticity.PlasticMeanFieldResult;
import org.ratenet.rate.meanfield.MeanFieldResult;
import org.ratenet.rate.meanfield.RateDistribution;
import org.ratenet.spiking.engine.SpikingResult;

/**
 * The spiking level in a run folder: {@code spikes.bin}, {@code neuron_rates.csv}, {@code population_rates.csv},
 * recorded state ({@code state_<population>.csv} and a plot per variable), plastic weights ({@code weights.csv}), the
 * raster, population rates and, per population, the rates across neurons with the mean-field prediction overlaid when
 * a mean field ran before.
 */
final class SpikingOutput implements LevelOutput<SpikingResult> {

    private final SimulateCommand command = new SimulateCommand();

    @Override
    public Class<SpikingResult> resultType() {
        return SpikingResult.class;
    }

    @Override
    public String title() {
        return "Spiking network";
    }

    @Override
    public ObjectNode toJson(SpikingResult r) {
        return command.toJson(r);
    }

    @Override
    public void printTable(SpikingResult r, PrintWriter out) {
        command.printTable(r, out);
    }

    @Override
    public void writeFiles(SpikingResult r, RunOutputs out) throws IOException {
        SimulationSpec sim = out.experiment().simulation();
        List<SpikeFile.Population> pops = new ArrayList<>();
        int offset = 0;
        for (PopulationSpec p : out.experiment().network().populations()) {
            pops.add(new SpikeFile.Population(p.name(), offset, p.size()));
            offset += p.size();
        }
        double dt = sim.dtMs();
        double warmup = sim.warmupMs();
        int fromStep = sim.warmupSteps();
        int steps = sim.steps();
        out.file("spikes.bin", o -> SpikeFile.write(r.spikes(), dt, pops, o));
        out.path("spikes.h5", path -> SonataSpikes.write(r.spikes(), dt, pops, path));
        double[][] neuronRates = new double[pops.size()][];
        StringBuilder csv = new StringBuilder("population,neuron,rate_hz\n");
        for (int a = 0; a < pops.size(); a++) {
            SpikeFile.Population p = pops.get(a);
            neuronRates[a] = r.spikes().neuronRatesHz(p.offset(), p.offset() + p.size(), fromStep, steps, dt);
            for (int i = 0; i < neuronRates[a].length; i++) {
                csv.append(p.name()).append(',').append(i).append(',').append(neuronRates[a][i]).append('\n');
            }
        }
        out.text("neuron_rates.csv", csv);
        out.text("population_rates.csv", RunOutputs.csv(r.rates()));
        out.file("raster.png", o -> RunPlots.raster(r.spikes(), pops, dt, Math.max(warmup, sim.durationMs() - 500), sim.durationMs(), 50, o));
        out.file("population_rates.png", o -> RunPlots.populationRates(r.rates(), o));
        out.report("\n![raster](raster.png)\n\n![population rates](population_rates.png)\n");
        writeStates(r, out);
        writeRateHistograms(pops, neuronRates, out);
        writeWeights(r, out);
        out.report("\nFiles: `population_rates.csv` (time_ms, one column per population, Hz), `neuron_rates.csv` (population, neuron, rate"
                + " after the warm-up), `spikes.bin` (big-endian: \"RNSPIKE1\", dt as double, populations as (UTF name, first index, size),"
                + " spike count as long, then (step, neuron) int pairs in time order), `spikes.h5` (the same spikes as a SONATA spike report:"
                + " /spikes/<population>/timestamps in ms and node_ids)" + (r.states().isEmpty() ? "" : ", `state_<population>.csv`")
                + (r.weights().isEmpty() ? "" : ", `weights.csv`") + ".\n");
    }

    /** Declared state variables recorded by name: one CSV per population, one plot per variable. */
    private static void writeStates(SpikingResult r, RunOutputs out) throws IOException {
        for (TimeSeries state : r.states()) {
            String population = state.channelNames().get(0).replaceAll("\\[.*", "");
            out.text("state_" + population + ".csv", RunOutputs.csv(state));
            for (String variable : state.channelNames().stream().map(n -> n.substring(n.lastIndexOf('.') + 1)).distinct().toList()) {
                String name = "state_" + population + "_" + variable + ".png";
                out.file(name, o -> RunPlots.stateTraces(state, variable, o));
                out.report("\n![" + variable + " of " + population + "](" + name + ")\n");
            }
        }
    }

    /** Rates across neurons, with the mean field that ran before overlaid (its distribution when heterogeneous). */
    private static void writeRateHistograms(List<SpikeFile.Population> pops, double[][] neuronRates, RunOutputs out) throws IOException {
        List<RateDistribution> predicted = out.earlier(PlasticMeanFieldResult.class)
                .map(p -> p.populations().stream().map(x -> RateDistribution.of(x.rates(), 20)).toList())
                .or(() -> out.earlier(MeanFieldResult.class).flatMap(m -> m.stable().or(() -> m.fixedPoints().stream().findFirst()))
                        .map(MeanFieldResult.FixedPoint::distributions))
                .orElse(null);
        double[] predictedRates = out.results().values().stream().filter(x -> x instanceof MeanFieldResult || x instanceof PlasticMeanFieldResult)
                .findFirst().flatMap(x -> x.populationRates()).map(p -> pops.stream().mapToDouble(q -> p.rate(q.name())).toArray()).orElse(null);
        for (int a = 0; a < pops.size(); a++) {
            RateDistribution d = predicted == null ? null : predicted.get(a);
            boolean heterogeneous = d != null && d.quantilesHz()[4] - d.quantilesHz()[0] > 1e-9;
            String name = "rate_histogram_" + pops.get(a).name() + ".png";
            int population = a;
            out.file(name, o -> RunPlots.rateHistogram(pops.get(population).name(), neuronRates[population], heterogeneous ? d.binEdgesHz() : null,
                    heterogeneous ? d.counts() : null, predictedRates == null ? Double.NaN : predictedRates[population], o));
            out.report("\n![rates across neurons of " + pops.get(a).name() + "](" + name + ")\n");
        }
    }

    private static void writeWeights(SpikingResult r, RunOutputs out) throws IOException {
        if (r.weights().isEmpty()) {
            return;
        }
        StringBuilder w = new StringBuilder("projection,unit,count,mean,std,min,max,q05,q25,q50,q75,q95\n");
        for (WeightSummary s : r.weights()) {
            w.append(String.format(Locale.ROOT, "%s,%s,%d,%s,%s,%s,%s", s.projection(), s.unit().canonicalSymbol(), s.count(), s.mean(),
                    s.standardDeviation(), s.min(), s.max()));
            for (double q : s.quantiles()) {
                w.append(',').append(q);
            }
            w.append('\n');
            String name = "weights_" + s.projection().replaceAll("[^A-Za-z0-9_.-]", "_") + ".png";
            out.file(name, o -> RunPlots.weights(s, o));
            out.report("\n![weights of " + s.projection() + "](" + name + ")\n");
        }
        out.text("weights.csv", w);
    }
}
