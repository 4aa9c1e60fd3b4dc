package org.ratenet.cli;

import java.io.PrintWriter;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;

import org.ratenet.api.model.Level;
import org.ratenet.rate.dynamics.RateFixedPoints;
import org.ratenet.rate.dynamics.RateResult;

/**
 * {@code ratenet rate FILE}: runs a rate-network experiment (Kleinfeld 11.32–11.33) for the file's duration and
 * reports, per population, the final rate and the mean, minimum and maximum over the second half, and the fixed
 * point near the final state with its eigenvalues and stability.
 */
@Command(name = "rate", mixinStandardHelpOptions = true,
        description = "Run a rate network: time-series summary, final rates, fixed point and stability.")
final class RateCommand extends LevelCommand<RateResult> {

    @Override
    String levelName() {
        return Level.RATE;
    }

    /** {final, mean, min, max} of a population's rate over the second half of the run. */
    private static double[] summary(RateResult r, int a) {
        double[] x = r.rates().channel(r.populations().get(a) + ".rate");
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int from = x.length / 2;
        for (int k = from; k < x.length; k++) {
            sum += x[k];
            min = Math.min(min, x[k]);
            max = Math.max(max, x[k]);
        }
        return new double[] {x[x.length - 1], sum / (x.length - from), min, max};
    }

    @Override
    ObjectNode toJson(RateResult r) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode pops = root.putArray("populations");
        for (int a = 0; a < r.populations().size(); a++) {
            double[] s = summary(r, a);
            pops.addObject().put("name", r.populations().get(a)).put("final_rate_hz", s[0]).put("mean_rate_hz", s[1])
                    .put("min_rate_hz", s[2]).put("max_rate_hz", s[3]);
        }
        ArrayNode weights = root.putArray("weights");
        for (String channel : r.rates().channelNames()) {
            if (channel.endsWith(".weight")) { // plastic projections: relative weight at the start (1) and at the end
                double[] u = r.rates().channel(channel);
                weights.addObject().put("projection", channel.substring(0, channel.length() - ".weight".length()))
                        .put("relative_weight_final", u[u.length - 1]);
            }
        }
        root.put("summary_window", "second half of the run");
        root.put("samples", r.rates().length());
        r.fixedPoint().ifPresent(p -> {
            ObjectNode f = root.putObject("fixed_point");
            ArrayNode rates = f.putArray("rates_hz");
            for (double v : p.ratesHz()) {
                rates.add(v);
            }
            f.put("stability", p.stability().name().toLowerCase(Locale.ROOT));
            f.put("stable", p.stability().stable());
            ArrayNode eig = f.putArray("eigenvalues");
            for (int i = 0; i < p.eigenvalueReal().length; i++) {
                eig.addObject().put("re", p.eigenvalueReal()[i]).put("im", p.eigenvalueImaginary()[i]);
            }
            f.put("eigenvalue_unit", "1/ms");
        });
        putWarnings(r, root);
        return root;
    }

    @Override
    void printTable(RateResult r, PrintWriter out) {
        out.println("Rate network (Kleinfeld 11.32-11.33), " + r.provenance().inputs());
        out.printf(Locale.ROOT, "  %-10s%14s%14s%14s%14s%n", "population", "final (Hz)", "mean (Hz)", "min (Hz)", "max (Hz)");
        for (int a = 0; a < r.populations().size(); a++) {
            double[] s = summary(r, a);
            out.printf(Locale.ROOT, "  %-10s%14.6g%14.6g%14.6g%14.6g%n", r.populations().get(a), s[0], s[1], s[2], s[3]);
        }
        out.println("  (mean, min and max over the second half of the run)");
        if (r.fixedPoint().isPresent()) {
            RateFixedPoints.FixedPoint p = r.fixedPoint().get();
            StringBuilder rates = new StringBuilder();
            StringBuilder eig = new StringBuilder();
            for (int i = 0; i < p.ratesHz().length; i++) {
                rates.append(String.format(Locale.ROOT, " %.6g", p.ratesHz()[i]));
                eig.append(String.format(Locale.ROOT, " %.4g%+.4gi", p.eigenvalueReal()[i], p.eigenvalueImaginary()[i]));
            }
            out.println();
            out.println("Fixed point: rates (Hz)" + rates + ", " + p.stability().name().toLowerCase(Locale.ROOT));
            out.println("  eigenvalues (1/ms):" + eig);
        }
        printWarnings(r, out);
    }
}
