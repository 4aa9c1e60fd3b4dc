package org.ratenet.api.result;

import java.util.List;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;
import org.ratenet.api.units.Dimension;

/** Count, mean, standard deviation and range of the weights of one projection, in the weight's unit. */
public record WeightSummary(String projection, long count, double mean, double standardDeviation, double min,
                            double max, Dimension unit, Provenance provenance, List<Warning> warnings)
        implements Result {

    public WeightSummary {
        Require.nonNull("projection", projection);
        if (count < 0) {
            throw new InvalidParameterException("count", count, ">= 0");
        }
        Require.nonNegative("standardDeviation", standardDeviation, unit.canonicalSymbol());
        if (count > 0 && !(min <= mean && mean <= max)) {
            throw new InvalidParameterException("mean", mean, "in [min, max] = [" + min + ", " + max + "]");
        }
        Require.nonNull("provenance", provenance);
        warnings = List.copyOf(warnings);
    }

    /** Summarises an array of weights (population standard deviation). */
    public static WeightSummary of(String projection, float[] weights, Dimension unit, Provenance provenance,
                                   List<Warning> warnings) {
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (float w : weights) {
            sum += w;
            min = Math.min(min, w);
            max = Math.max(max, w);
        }
        int n = weights.length;
        double mean = n == 0 ? 0 : sum / n;
        double squares = 0;
        for (float w : weights) {
            squares += (w - mean) * (w - mean);
        }
        double sd = n == 0 ? 0 : Math.sqrt(squares / n);
        return new WeightSummary(projection, n, mean, sd, n == 0 ? 0 : min, n == 0 ? 0 : max, unit, provenance, warnings);
    }
}
