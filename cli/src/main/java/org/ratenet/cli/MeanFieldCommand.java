package org.ratenet.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;

import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.model.Level;
import org.ratenet.api.result.Result;
import org.ratenet.api.spec.ExperimentSpec;
import org.ratenet.plasticity.PlasticMeanFieldLevel;
import org.ratenet.plasticity.PlasticMeanFieldResult;
import org.ratenet.rate.meanfield.MeanFieldResult;
import org.ratenet.rate.meanfield.RateDistribution;

/**
 * {@code ratenet meanfield FILE}: the stationary population rates predicted by the mean field (Siegert for LIF, the
 * model's own transfer function otherwise),
 * with μ, σ, the rate distribution across neurons, stability and validity warnings; as a table or JSON. A network with
 * plastic (trace-rule) projections is solved by the plastic mean field, which adds their weight distributions.
 */
@Command(name = "meanfield", mixinStandardHelpOptions = true,
        description = "Population rates from the mean field of the neuron models' transfer functions (fixed points, stability, warnings).")
final class MeanFieldCommand extends LevelCommand<Result> {

    @Override
    String levelName() {
        return Level.MEANFIELD;
    }

    /** A network with plastic projections goes to the plastic mean field, which also predicts their weights. */
    @Override
    Result evaluate(Ratenet ratenet, ExperimentSpec experiment) {
        boolean plastic = experiment.network().projections().stream().anyMatch(p -> p.plasticityRule().isPresent());
        return ratenet.levels().get(plastic ? PlasticMeanFieldLevel.NAME : Level.MEANFIELD).evaluate(experiment);
    }

    @Override
    int exitCode(Result result) {
        return result instanceof MeanFieldResult r && !r.converged() ? 1 : 0;
    }

    @Override
    ObjectNode toJson(Result result) {
        return result instanceof PlasticMeanFieldResult plastic ? PlasticMeanFieldOutput.toJson(plastic) : toJson((MeanFieldResult) result);
    }

    @Override
    void printTable(Result result, PrintWriter out) {
        if (result instanceof PlasticMeanFieldResult plastic) {
            PlasticMeanFieldOutput.printTable(plastic, out);
        } else {
            printTable((MeanFieldResult) result, out);
        }
    }

    /** The fixed point reported first: the stable one with the lowest rates, else the first found. */
    private static MeanFieldResult.FixedPoint primary(MeanFieldResult r) {
        return r.stable().orElse(r.fixedPoints().get(0));
    }

    private static ObjectNode toJson(MeanFieldResult r) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("converged", r.converged());
        ArrayNode pops = root.putArray("populations");
        if (r.converged()) {
            MeanFieldResult.FixedPoint p = primary(r);
            for (int a = 0; a < r.populations().size(); a++) {
                ObjectNode o = pops.addObject();
                o.put("name", r.populations().get(a));
                o.put("rate_hz", p.ratesHz()[a]);
                putDefined(o, "mu_mv", p.muMv()[a]);
                putDefined(o, "sigma_mv", p.sigmaMv()[a]);
                RateDistribution d = p.distributions().get(a);
                ObjectNode q = o.putObject("rate_quantiles");
                for (int k = 0; k < RateDistribution.LEVELS.length; k++) {
                    q.put(String.format(Locale.ROOT, "%.2f", RateDistribution.LEVELS[k]), d.quantilesHz()[k]);
                }
                o.put("rate_sd_hz", d.standardDeviationHz());
            }
            root.put("stable", p.stable());
            ArrayNode eig = root.putArray("eigenvalues");
            for (int i = 0; i < p.eigenvalueReal().length; i++) {
                eig.addObject().put("re", p.eigenvalueReal()[i]).put("im", p.eigenvalueImaginary()[i]);
            }
            root.put("eigenvalue_unit", "1/ms");
            root.put("residual_hz", p.residualHz());
            ArrayNode all = root.putArray("fixed_points");
            for (MeanFieldResult.FixedPoint f : r.fixedPoints()) {
                ArrayNode rates = all.addObject().put("stable", f.stable()).put("method", f.method()).putArray("rates_hz");
                for (double v : f.ratesHz()) {
                    rates.add(v);
                }
            }
        } else {
            root.put("stable", false);
            ArrayNode last = root.putArray("last_iterate_hz");
            for (double v : r.lastIterate()) {
                last.add(v);
            }
            root.put("residual_hz", r.lastResidual());
        }
        putWarnings(r, root);
        return root;
    }

    /** The number, or null where the model does not define it (JSON has no NaN). */
    private static void putDefined(ObjectNode o, String key, double x) {
        if (Double.isNaN(x)) {
            o.putNull(key);
        } else {
            o.put(key, x);
        }
    }

    /** A number as %.6g, or "n/a" where the model does not define it (μ, σ of a model without a leak). */
    private static String orNa(double x) {
        return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%.6g", x);
    }

    private static void printTable(MeanFieldResult r, PrintWriter out) {
        out.println("Mean field: " + r.provenance().method());
        if (!r.converged()) {
            out.printf(Locale.ROOT, "No fixed point found; best residual %.3g Hz at rates %s Hz%n", r.lastResidual(),
                    Arrays.toString(r.lastIterate()));
        }
        for (MeanFieldResult.FixedPoint p : r.fixedPoints()) {
            out.println();
            out.printf(Locale.ROOT, "Fixed point (%s, %s, residual %.2g Hz)%n", p.stable() ? "stable" : "unstable", p.method(), p.residualHz());
            out.printf(Locale.ROOT, "  %-10s%12s%12s%12s%12s%12s%12s%n", "population", "rate (Hz)", "mu (mV)", "sigma (mV)", "q05 (Hz)",
                    "median", "q95 (Hz)");
            for (int a = 0; a < r.populations().size(); a++) {
                RateDistribution d = p.distributions().get(a);
                out.printf(Locale.ROOT, "  %-10s%12.6g%12s%12s%12.6g%12.6g%12.6g%n", r.populations().get(a), p.ratesHz()[a], orNa(p.muMv()[a]),
                        orNa(p.sigmaMv()[a]), d.quantilesHz()[0], d.quantilesHz()[2], d.quantilesHz()[4]);
            }
            StringBuilder eig = new StringBuilder();
            for (int i = 0; i < p.eigenvalueReal().length; i++) {
                eig.append(String.format(Locale.ROOT, " %.4g%+.4gi", p.eigenvalueReal()[i], p.eigenvalueImaginary()[i]));
            }
            out.println("  eigenvalues (1/ms):" + eig);
        }
        printWarnings(r, out);
    }
}
