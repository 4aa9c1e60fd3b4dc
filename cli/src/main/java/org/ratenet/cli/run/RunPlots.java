package org.ratenet.cli.run;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.ratenet.api.result.TimeSeries;
import org.ratenet.api.result.WeightSummary;
import org.ratenet.spiking.engine.SpikeTrains;

/** The plots of a run folder (XChart, PNG, 800 × 500): raster, population rates, rate histograms, weights, levels compared. */
public final class RunPlots {

    private static final Color[] COLORS = {new Color(31, 119, 180), new Color(214, 39, 40), new Color(44, 160, 44), new Color(148, 103, 189)};

    private RunPlots() {
    }

    /** Spike raster of the first {@code perPopulation} neurons of each population over [fromMs, toMs). */
    public static void raster(SpikeTrains spikes, List<SpikeFile.Population> populations, double dtMs, double fromMs, double toMs, int perPopulation,
                              OutputStream out) throws IOException {
        XYChart chart = new XYChartBuilder().width(800).height(500).title("Spike raster (first " + perPopulation + " neurons per population)")
                .xAxisTitle("time (ms)").yAxisTitle("neuron").build();
        style(chart);
        int row = 0;
        for (int p = 0; p < populations.size(); p++) {
            SpikeFile.Population pop = populations.get(p);
            int shown = Math.min(perPopulation, pop.size());
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int k = 0; k < spikes.size(); k++) {
                double t = spikes.step(k) * dtMs;
                int local = spikes.neuron(k) - pop.offset();
                if (t >= fromMs && t < toMs && local >= 0 && local < shown) {
                    x.add(t);
                    y.add((double) (row + local));
                }
            }
            if (x.isEmpty()) {
                x.add(fromMs);
                y.add((double) row);
            }
            XYSeries s = chart.addSeries(pop.name(), x, y);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(COLORS[p % COLORS.length]);
            row += shown;
        }
        chart.getStyler().setMarkerSize(2);
        save(chart, out);
    }

    /** The population rates over time (Hz), one line per population. */
    public static void populationRates(TimeSeries rates, OutputStream out) throws IOException {
        XYChart chart = new XYChartBuilder().width(800).height(500).title("Population rates").xAxisTitle("time (ms)").yAxisTitle("rate (Hz)").build();
        style(chart);
        int c = 0;
        for (String name : rates.channelNames()) {
            XYSeries s = chart.addSeries(name, rates.timesMs(), rates.channel(name));
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(COLORS[c++ % COLORS.length]);
        }
        save(chart, out);
    }

    /** The recorded traces of one state variable ({@code <population>[i].<variable>} channels), one line per neuron. */
    public static void stateTraces(TimeSeries series, String variable, OutputStream out) throws IOException {
        String unit = "";
        XYChart chart = new XYChartBuilder().width(800).height(500).title(variable).xAxisTitle("time (ms)").yAxisTitle(variable).build();
        style(chart);
        int c = 0;
        for (String name : series.channelNames()) {
            if (name.endsWith("." + variable)) {
                XYSeries s = chart.addSeries(name, series.timesMs(), series.channel(name));
                s.setMarker(SeriesMarkers.NONE);
                s.setLineColor(COLORS[c++ % COLORS.length]);
                unit = series.dimension(name).canonicalSymbol();
            }
        }
        chart.setYAxisTitle(unit.isEmpty() ? variable : variable + " (" + unit + ")");
        save(chart, out);
    }

    /**
     * Histogram of the neurons' rates of one population (fraction of neurons per bin), with the mean-field prediction
     * overlaid: its rate distribution across neurons (edges and counts) when heterogeneous, else its rate as a line.
     */
    public static void rateHistogram(String population, double[] neuronRates, double[] predictedEdges, long[] predictedCounts, double predictedRate,
                                     OutputStream out) throws IOException {
        double max = 0;
        for (double r : neuronRates) {
            max = Math.max(max, r);
        }
        if (predictedEdges != null) {
            max = Math.max(max, predictedEdges[predictedEdges.length - 1]);
        }
        max = Math.max(max, Double.isNaN(predictedRate) ? 0 : predictedRate) * 1.05 + 1e-9;
        int bins = 30;
        double width = max / bins;
        double[] centers = new double[bins];
        double[] fraction = new double[bins];
        for (int b = 0; b < bins; b++) {
            centers[b] = (b + 0.5) * width;
        }
        for (double r : neuronRates) {
            fraction[Math.min(bins - 1, (int) (r / width))] += 1.0 / neuronRates.length;
        }
        XYChart chart = new XYChartBuilder().width(800).height(500).title("Rates across neurons, " + population).xAxisTitle("rate (Hz)")
                .yAxisTitle("fraction of neurons per " + String.format(java.util.Locale.ROOT, "%.2g", width) + " Hz").build();
        style(chart);
        XYSeries sim = chart.addSeries("spiking", centers, fraction);
        sim.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Step);
        sim.setMarker(SeriesMarkers.NONE);
        sim.setLineColor(COLORS[0]);
        if (predictedEdges != null && predictedCounts != null) {
            long total = 0;
            for (long n : predictedCounts) {
                total += n;
            }
            double[] x = new double[predictedCounts.length];
            double[] y = new double[predictedCounts.length];
            for (int k = 0; k < x.length; k++) {
                double w = predictedEdges[k + 1] - predictedEdges[k];
                x[k] = 0.5 * (predictedEdges[k] + predictedEdges[k + 1]);
                y[k] = w > 0 ? (double) predictedCounts[k] / total * width / w : 0; // per the simulated bin width
            }
            XYSeries mf = chart.addSeries("mean field", x, y);
            mf.setMarker(SeriesMarkers.NONE);
            mf.setLineColor(COLORS[1]);
        } else if (!Double.isNaN(predictedRate)) {
            double top = 0;
            for (double f : fraction) {
                top = Math.max(top, f);
            }
            XYSeries mf = chart.addSeries("mean field rate", new double[] {predictedRate, predictedRate}, new double[] {0, top});
            mf.setMarker(SeriesMarkers.NONE);
            mf.setLineColor(COLORS[1]);
        }
        save(chart, out);
    }

    /** The final weight distribution of a plastic projection (its 20-bin histogram). */
    public static void weights(WeightSummary w, OutputStream out) throws IOException {
        int bins = w.histogram().length;
        double width = (w.max() - w.min()) / bins;
        double[] centers = new double[bins];
        double[] counts = new double[bins];
        for (int b = 0; b < bins; b++) {
            centers[b] = w.min() + (b + 0.5) * width;
            counts[b] = w.histogram()[b];
        }
        XYChart chart = new XYChartBuilder().width(800).height(500).title("Weights of " + w.projection() + " at the end")
                .xAxisTitle("weight (" + w.unit().canonicalSymbol() + ")").yAxisTitle("synapses").build();
        style(chart);
        XYSeries s = chart.addSeries(w.projection(), centers, counts);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Step);
        s.setMarker(SeriesMarkers.NONE);
        save(chart, out);
    }

    /** Per population, the rate each level gives (bars). */
    public static void levels(List<String> populations, List<String> levels, List<double[]> ratesPerLevel, OutputStream out) throws IOException {
        CategoryChart chart = new CategoryChartBuilder().width(800).height(500).title("Population rates on each level").xAxisTitle("population")
                .yAxisTitle("rate (Hz)").build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        for (int l = 0; l < levels.size(); l++) {
            List<Double> values = new ArrayList<>();
            for (double v : ratesPerLevel.get(l)) {
                values.add(v);
            }
            chart.addSeries(levels.get(l), populations, values).setFillColor(COLORS[l % COLORS.length]);
        }
        save(chart, out);
    }

    private static void style(XYChart chart) {
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setLegendVisible(true);
    }

    private static void save(Chart<?, ?> chart, OutputStream out) throws IOException {
        System.setProperty("java.awt.headless", "true");
        BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
    }
}
