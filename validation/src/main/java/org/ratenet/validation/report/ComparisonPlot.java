package org.ratenet.validation.report;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.ratenet.validation.CheckResult;
import org.ratenet.validation.Comparison;

/**
 * The plot of a quantitative check (XChart): each case's observed value against its expected value, with the allowed
 * band as an error bar; passing cases in blue, failing ones in red, and the identity line.
 */
final class ComparisonPlot {

    private ComparisonPlot() {
    }

    static void write(CheckResult check, OutputStream out) throws IOException {
        System.setProperty("java.awt.headless", "true");
        String unit = check.comparisons().get(0).unit();
        String suffix = unit.isEmpty() ? "" : " (" + unit + ")";
        XYChart chart = new XYChartBuilder().width(640).height(480).title(check.name())
                .xAxisTitle(check.levels().get(0) + suffix).yAxisTitle(check.levels().get(check.levels().size() - 1) + suffix).build();
        chart.getStyler().setLegendVisible(true);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setErrorBarsColorSeriesColor(true);
        List<Comparison> ok = check.comparisons().stream().filter(c -> Math.abs(c.observed() - c.expected()) <= c.allowed()).toList();
        List<Comparison> bad = check.comparisons().stream().filter(c -> !(Math.abs(c.observed() - c.expected()) <= c.allowed())).toList();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Comparison c : check.comparisons()) {
            lo = Math.min(lo, Math.min(c.expected(), c.observed() - c.allowed()));
            hi = Math.max(hi, Math.max(c.expected(), c.observed() + c.allowed()));
        }
        XYSeries identity = chart.addSeries("observed = expected", new double[] {lo, hi}, new double[] {lo, hi});
        identity.setMarker(SeriesMarkers.NONE);
        identity.setLineColor(Color.GRAY);
        add(chart, "within tolerance (" + ok.size() + ")", ok, new Color(31, 119, 180));
        add(chart, "outside tolerance (" + bad.size() + ")", bad, new Color(214, 39, 40));
        BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
    }

    private static void add(XYChart chart, String name, List<Comparison> cases, Color color) {
        if (cases.isEmpty()) {
            return;
        }
        double[] x = cases.stream().mapToDouble(Comparison::expected).toArray();
        double[] y = cases.stream().mapToDouble(Comparison::observed).toArray();
        double[] e = cases.stream().mapToDouble(Comparison::allowed).toArray();
        XYSeries s = chart.addSeries(name, x, y, e);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarkerColor(color);
        s.setLineColor(color);
        s.setMarker(SeriesMarkers.CIRCLE);
    }
}
