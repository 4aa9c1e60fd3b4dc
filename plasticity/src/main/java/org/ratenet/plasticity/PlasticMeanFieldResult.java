package org.ratenet.plasticity;

import java.util.Arrays;
import java.util.List;

import org.ratenet.api.result.PopulationRates;
import org.ratenet.api.result.Provenance;
import org.ratenet.api.result.Result;
import org.ratenet.api.result.Warning;

/**
 * The plastic mean field's equilibrium: per population the rates of its sampled neurons (their distribution), per
 * trace-rule projection the distribution of its weights over synapses, the sweeps it took and its warnings.
 */
public record PlasticMeanFieldResult(List<Rates> populations, List<Weights> projections, int sweeps, Provenance provenance,
                                     List<Warning> warnings) implements Result {

    /** Each population's mean rate over its sampled neurons. */
    @Override
    public java.util.Optional<PopulationRates> populationRates() {
        java.util.Map<String, Double> rates = new java.util.LinkedHashMap<>();
        populations.forEach(r -> rates.put(r.population(), r.mean()));
        return java.util.Optional.of(new PopulationRates(rates, provenance, warnings));
    }

    public PlasticMeanFieldResult {
        populations = List.copyOf(populations);
        projections = List.copyOf(projections);
        warnings = List.copyOf(warnings);
    }

    /** The sampled rates (Hz) of one population. */
    public record Rates(String population, double[] rates) {
        public double mean() {
            return Arrays.stream(rates).average().orElse(Double.NaN);
        }

        /**
         * The sampling error of {@link #mean()} (Hz): the standard deviation of the sampled neurons' rates over √M. The
         * sampled in-degrees make the prediction a random variable; this is its spread from seed to seed.
         */
        public double standardErrorHz() {
            double m = mean();
            double ss = Arrays.stream(rates).map(r -> (r - m) * (r - m)).sum();
            return rates.length < 2 ? 0 : Math.sqrt(ss / (rates.length - 1) / rates.length);
        }

        /** The q-quantile of the rates (linear interpolation between order statistics). */
        public double quantile(double q) {
            return Weights.quantile(rates, null, q);
        }
    }

    /** Weights (in the synapse's unit) of one projection, each with the number of synapses it stands for. */
    public record Weights(String projection, double[] values, double[] multiplicity) {
        public double mean() {
            double sum = 0;
            double count = 0;
            for (int q = 0; q < values.length; q++) {
                sum += values[q] * multiplicity[q];
                count += multiplicity[q];
            }
            return sum / count;
        }

        public double standardDeviation() {
            double mean = mean();
            double sum = 0;
            double count = 0;
            for (int q = 0; q < values.length; q++) {
                sum += (values[q] - mean) * (values[q] - mean) * multiplicity[q];
                count += multiplicity[q];
            }
            return Math.sqrt(sum / count);
        }

        /** The q-quantile of the synapse-weighted weight distribution. */
        public double quantile(double q) {
            return quantile(values, multiplicity, q);
        }

        /** The q-quantile of {@code values} with weights {@code multiplicity} (all 1 when null). */
        static double quantile(double[] values, double[] multiplicity, double q) {
            Integer[] order = new Integer[values.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (x, y) -> Double.compare(values[x], values[y]));
            double total = 0;
            for (int i = 0; i < values.length; i++) {
                total += multiplicity == null ? 1 : multiplicity[i];
            }
            double target = q * total;
            double seen = 0;
            for (Integer i : order) {
                seen += multiplicity == null ? 1 : multiplicity[i];
                if (seen >= target) {
                    return values[i];
                }
            }
            return values[order[order.length - 1]];
        }
    }
}
