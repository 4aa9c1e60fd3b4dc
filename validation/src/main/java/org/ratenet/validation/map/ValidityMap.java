package org.ratenet.validation.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;
import org.ratenet.validation.CaseOutcome;

/**
 * Where two levels agree: a comparison evaluated on a grid of two parameters, each point's discrepancy in tolerances
 * (below 1: agreement within the comparison's tolerance), or not applicable (e.g. no stable mean-field state). The map
 * of mean field ↔ spiking over (g, η) shows the practical domain of the diffusion approximation.
 *
 * @param levels what was compared, e.g. {@code meanfield ↔ spiking}
 * @param x the first parameter and its values (columns)
 * @param y the second parameter and its values (rows)
 * @param points every grid point, row by row (y outer, x inner)
 */
public record ValidityMap(String levels, Axis x, Axis y, List<Point> points) {

    /** A parameter, the values it takes on the grid and their unit (empty for a plain number). */
    public record Axis(String name, double[] values, String unit) implements java.io.Serializable {
        public Axis {
            Require.name("parameter", name);
            Require.nonNull("unit", unit);
            values = values.clone();
            if (values.length == 0) {
                throw new InvalidParameterException(name, "no values", "at least one value");
            }
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        /** The value as an experiment-file quantity, e.g. {@code 0.5 mV}. */
        public String quantity(double value) {
            return unit.isEmpty() ? Double.toString(value) : value + " " + unit;
        }

        /** The name with its unit, for headers: {@code J (mV)}. */
        public String title() {
            return unit.isEmpty() ? name : name + " (" + unit + ")";
        }

        /**
         * {@code from:to:step} (inclusive, to rounding) or {@code a,b,c}, optionally followed by a unit: {@code 3:8:0.5},
         * {@code 0.1,0.5,1 mV}.
         */
        public static Axis parse(String name, String given) {
            String text = given.strip();
            String unit = "";
            int space = text.indexOf(' ');
            if (space > 0) {
                unit = text.substring(space + 1).strip();
                text = text.substring(0, space);
            }
            try {
                if (text.contains(":")) {
                    String[] p = text.split(":");
                    if (p.length != 3) {
                        throw new NumberFormatException(text);
                    }
                    double from = finite(name, given, Double.parseDouble(p[0].strip()));
                    double to = finite(name, given, Double.parseDouble(p[1].strip()));
                    double step = finite(name, given, Double.parseDouble(p[2].strip()));
                    if (!(step > 0) || !(to >= from) || (to - from) / step > 10_000) {
                        throw new InvalidParameterException(name, text, "from:to:step with step > 0, to >= from and at most 10,000 values");
                    }
                    int n = (int) Math.floor((to - from) / step + 1e-9) + 1;
                    double[] v = new double[n];
                    for (int k = 0; k < n; k++) {
                        v[k] = from + k * step;
                    }
                    return new Axis(name, v, unit);
                }
                String[] p = text.split(",");
                double[] v = new double[p.length];
                for (int k = 0; k < p.length; k++) {
                    v[k] = finite(name, given, Double.parseDouble(p[k].strip()));
                }
                return new Axis(name, v, unit);
            } catch (NumberFormatException e) {
                throw new InvalidParameterException(name, given, "from:to:step or a comma-separated list of numbers, then optionally a unit");
            }
        }

        /** A finite value of the axis ({@code 1e400}, infinities and NaN are refused). */
        private static double finite(String name, String given, double v) {
            if (!Double.isFinite(v)) {
                throw new InvalidParameterException(name, given, "finite numbers (" + v + " is not)");
            }
            return v;
        }
    }

    /** One grid point's outcome. */
    public record Point(double x, double y, CaseOutcome outcome) implements java.io.Serializable {
        public boolean agrees() {
            return outcome.applies() && outcome.passed();
        }
    }

    public ValidityMap {
        points = List.copyOf(points);
    }

    /** What one grid point evaluates. */
    @FunctionalInterface
    public interface Comparison {
        CaseOutcome at(double x, double y);
    }

    /** Evaluates {@code comparison} on every point of the grid, reporting each to {@code progress}. */
    public static ValidityMap sweep(String levels, Axis x, Axis y, Comparison comparison, Consumer<String> progress) {
        List<Point> points = new ArrayList<>();
        for (double[] xy : grid(x, y)) {
            Point p = evaluate(comparison, xy[0], xy[1]);
            points.add(p);
            progress.accept(describe(x, y, p));
        }
        return new ValidityMap(levels, x, y, points);
    }

    /** The grid's points, row by row (y outer, x inner): what {@link #sweep} evaluates, for one computed elsewhere. */
    public static List<double[]> grid(Axis x, Axis y) {
        List<double[]> grid = new ArrayList<>();
        for (double vy : y.values()) {
            for (double vx : x.values()) {
                grid.add(new double[] {vx, vy});
            }
        }
        return grid;
    }

    /** One point: the comparison's outcome, or not applicable when it throws (saying what it threw). */
    public static Point evaluate(Comparison comparison, double x, double y) {
        try {
            return new Point(x, y, comparison.at(x, y));
        } catch (RuntimeException e) {
            return new Point(x, y, CaseOutcome.notApplicable(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    /** A point as a progress line: {@code g = 4, eta = 2: 0.53 tolerances} ({@code n/a} when it does not apply). */
    public static String describe(Axis x, Axis y, Point p) {
        CaseOutcome o = p.outcome();
        return String.format(Locale.ROOT, "%s = %s, %s = %s: %s", x.name(), label(p.x()), y.name(), label(p.y()),
                !o.applies() ? "n/a" : String.format(Locale.ROOT, "%.3g tolerances", o.discrepancy()));
    }

    /** A grid value as text: rounded to 10 significant digits, no trailing zeros (3, 0.5, 1.25). */
    public static String label(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(10)).stripTrailingZeros().toPlainString();
    }

    /** The fraction of applicable points where the levels agree. */
    public double agreement() {
        long applicable = points.stream().filter(p -> p.outcome().applies()).count();
        return applicable == 0 ? 0 : (double) points.stream().filter(Point::agrees).count() / applicable;
    }

    /** A Markdown table: rows y, columns x, cells the discrepancy in tolerances (≤ 1 agrees), "n/a" where not applicable. */
    public String table() {
        StringBuilder s = new StringBuilder("| " + y.title() + " \\ " + x.title() + " |");
        for (double vx : x.values()) {
            s.append(" " + label(vx) + " |");
        }
        s.append("\n|---|");
        s.append("---|".repeat(x.values().length));
        int k = 0;
        for (double vy : y.values()) {
            s.append("\n| " + label(vy) + " |");
            for (int c = 0; c < x.values().length; c++) {
                CaseOutcome o = points.get(k++).outcome();
                s.append(!o.applies() ? " n/a |" : String.format(Locale.ROOT, o.passed() ? " %.2f |" : " **%.2f** |", o.discrepancy()));
            }
        }
        return s.append('\n').toString();
    }

    /** CSV: x, y, applies, agrees, discrepancy (tolerances), detail. */
    public String csv() {
        StringBuilder s = new StringBuilder(x.title() + "," + y.title() + ",applies,agrees,discrepancy_tolerances,detail\n");
        for (Point p : points) {
            s.append(String.format(Locale.ROOT, "%s,%s,%b,%b,%s,\"%s\"%n", p.x(), p.y(), p.outcome().applies(), p.agrees(),
                    p.outcome().applies() ? String.valueOf(p.outcome().discrepancy()) : "", p.outcome().line().replace("\"", "'")));
        }
        return s.toString();
    }
}
