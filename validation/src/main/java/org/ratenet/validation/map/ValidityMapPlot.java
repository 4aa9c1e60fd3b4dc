package org.ratenet.validation.map;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;

/**
 * The heat map of a {@link ValidityMap} (XChart): the discrepancy in tolerances per grid point, from agreement (0–1,
 * greens) to disagreement (above 1, oranges to red, capped at 3); points that do not apply are left out (white).
 */
public final class ValidityMapPlot {

    private static final double CAP = 3;

    private ValidityMapPlot() {
    }

    public static void write(ValidityMap map, OutputStream out) throws IOException {
        System.setProperty("java.awt.headless", "true");
        HeatMapChart chart = new HeatMapChartBuilder().width(720).height(540)
                .title("Validity map: " + map.levels() + " (tolerances; <= 1 agrees)").xAxisTitle(map.x().title()).yAxisTitle(map.y().title()).build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setShowValue(true);
        chart.getStyler().setMin(0);
        chart.getStyler().setMax(CAP);
        chart.getStyler().setHeatMapValueDecimalPattern("0.00");
        chart.getStyler().setRangeColors(new Color[] {new Color(26, 152, 80), new Color(166, 217, 106), new Color(254, 224, 139),
                new Color(244, 109, 67), new Color(165, 0, 38)});
        List<String> xs = new ArrayList<>();
        for (double v : map.x().values()) {
            xs.add(ValidityMap.label(v));
        }
        List<String> ys = new ArrayList<>();
        for (double v : map.y().values()) {
            ys.add(ValidityMap.label(v));
        }
        List<Number[]> heat = new ArrayList<>();
        int nx = xs.size();
        for (int k = 0; k < map.points().size(); k++) {
            ValidityMap.Point p = map.points().get(k);
            if (p.outcome().applies()) {
                heat.add(new Number[] {k % nx, k / nx, Math.min(CAP, p.outcome().discrepancy())});
            }
        }
        chart.addSeries("discrepancy", xs, ys, heat);
        BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
    }
}
