package org.ratenet.cli.run;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;

/** The picture of a parameter sweep: a heat map of one output over two parameters, or its curve over one. */
public final class SweepPlot {

    private SweepPlot() {
    }

    /**
     * A heat map of {@code values[row][column]} (NaN where the point failed, left white), rows {@code y}, columns {@code x}.
     */
    public static void heatMap(String title, String xName, List<String> x, String yName, List<String> y, double[][] values, OutputStream out)
            throws IOException {
        System.setProperty("java.awt.headless", "true");
        HeatMapChart chart = new HeatMapChartBuilder().width(800).height(600).title(title).xAxisTitle(xName).yAxisTitle(yName).build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setShowValue(x.size() * y.size() <= 150);
        chart.getStyler().setHeatMapValueDecimalPattern("0.0");
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        List<Number[]> heat = new ArrayList<>();
        for (int r = 0; r < y.size(); r++) {
            for (int c = 0; c < x.size(); c++) {
                double v = values[r][c];
                if (Double.isFinite(v)) {
                    heat.add(new Number[] {c, r, v});
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (heat.isEmpty()) {
            min = 0;
            max = 1;
        }
        chart.getStyler().setMin(min);
        chart.getStyler().setMax(max > min ? max : min + 1);
        chart.getStyler().setRangeColors(new Color[] {new Color(68, 1, 84), new Color(59, 82, 139), new Color(33, 145, 140),
                new Color(94, 201, 98), new Color(253, 231, 37)});
        chart.addSeries(title, x, y, heat);
        BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
    }

    /** One curve per output over the single swept parameter. */
    public static void curves(String title, String xName, double[] x, List<String> names, List<double[]> values, String yTitle, OutputStream out)
            throws IOException {
        System.setProperty("java.awt.headless", "true");
        XYChart chart = new XYChartBuilder().width(800).height(500).title(title).xAxisTitle(xName).yAxisTitle(yTitle).build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        for (int k = 0; k < names.size(); k++) {
            XYSeries s = chart.addSeries(names.get(k), x, values.get(k));
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        }
        BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
    }
}
