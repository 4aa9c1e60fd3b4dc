package org.ratenet.cli;

import java.io.PrintWriter;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ratenet.api.result.WeightSummary;
import org.ratenet.plasticity.PlasticMeanFieldResult;

/** How {@code meanfield} shows the plastic mean field: rates per population and weights per plastic projection. */
final class PlasticMeanFieldOutput {

    private PlasticMeanFieldOutput() {
    }

    static ObjectNode toJson(PlasticMeanFieldResult r) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("converged", true);
        root.put("sweeps", r.sweeps());
        ArrayNode pops = root.putArray("populations");
        for (PlasticMeanFieldResult.Rates rates : r.populations()) {
            ObjectNode o = pops.addObject().put("name", rates.population()).put("rate_hz", rates.mean()).put("rate_se_hz", rates.standardErrorHz());
            ObjectNode q = o.putObject("rate_quantiles");
            for (double level : WeightSummary.QUANTILE_LEVELS) {
                q.put(String.format(Locale.ROOT, "%.2f", level), rates.quantile(level));
            }
        }
        ArrayNode weights = root.putArray("weights");
        for (PlasticMeanFieldResult.Weights w : r.projections()) {
            ObjectNode o = weights.addObject().put("projection", w.projection()).put("mean", w.mean()).put("std", w.standardDeviation());
            ObjectNode q = o.putObject("quantiles");
            for (double level : WeightSummary.QUANTILE_LEVELS) {
                q.put(String.format(Locale.ROOT, "%.2f", level), w.quantile(level));
            }
        }
        LevelCommand.putWarnings(r, root);
        return root;
    }

    static void printTable(PlasticMeanFieldResult r, PrintWriter out) {
        out.println("Plastic mean field (" + r.sweeps() + " sweeps), " + r.provenance().inputs());
        out.printf(Locale.ROOT, "  %-10s%12s%12s%12s%12s%12s%n", "population", "rate (Hz)", "± SE (Hz)", "5 %", "50 %", "95 %");
        for (PlasticMeanFieldResult.Rates rates : r.populations()) {
            out.printf(Locale.ROOT, "  %-10s%12.4f%12.4f%12.4f%12.4f%12.4f%n", rates.population(), rates.mean(), rates.standardErrorHz(),
                    rates.quantile(0.05), rates.quantile(0.5), rates.quantile(0.95));
        }
        out.println("  (± SE: the sampling error of the mean over the sampled neurons' in-degrees, its spread from seed to seed)");
        for (PlasticMeanFieldResult.Weights w : r.projections()) {
            out.printf(Locale.ROOT, "  weights %s: mean %.4g, std %.3g, quantiles 5/25/50/75/95%% %.4g %.4g %.4g %.4g %.4g%n", w.projection(), w.mean(),
                    w.standardDeviation(), w.quantile(0.05), w.quantile(0.25), w.quantile(0.5), w.quantile(0.75), w.quantile(0.95));
        }
        LevelCommand.printWarnings(r, out);
    }
}
