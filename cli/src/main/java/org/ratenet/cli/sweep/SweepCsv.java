package org.ratenet.cli.sweep;

import java.util.List;

import org.ratenet.validation.map.ValidityMap;

/**
 * The CSV of a sweep: one column per swept parameter (its unit in the name), then per population its rate and, on the
 * spiking level, the CV of its interspike intervals, then the status; one row per point in grid order. Numbers are
 * written with {@link Double#toString} (shortest exact form), so equal rows give equal bytes.
 */
public final class SweepCsv {

    private SweepCsv() {
    }

    public static String write(List<ValidityMap.Axis> axes, List<String> populations, boolean spiking, List<SweepRow> rows) {
        StringBuilder s = new StringBuilder();
        for (ValidityMap.Axis a : axes) {
            s.append(column(a)).append(',');
        }
        for (String p : populations) {
            s.append(p).append("_rate_hz,");
            if (spiking) {
                s.append(p).append("_cv,");
            }
        }
        s.append("status\n");
        for (SweepRow r : rows) {
            for (double v : r.point()) {
                s.append(v).append(',');
            }
            double[] rates = r.ratesHz();
            double[] cv = r.cvIsi();
            for (int p = 0; p < populations.size(); p++) {
                number(s, rates[p]);
                if (spiking) {
                    number(s, cv[p]);
                }
            }
            s.append('"').append(r.status().replace("\"", "'")).append("\"\n");
        }
        return s.toString();
    }

    /** The column of a swept parameter: its name, and its unit's letters and digits after an underscore. */
    public static String column(ValidityMap.Axis axis) {
        return axis.unit().isEmpty() ? axis.name() : axis.name() + "_" + axis.unit().replaceAll("[^A-Za-z0-9]", "");
    }

    private static void number(StringBuilder s, double v) {
        s.append(Double.isNaN(v) ? "" : Double.toString(v)).append(',');
    }
}
