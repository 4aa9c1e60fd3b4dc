package org.ratenet.api.result;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;

/** Stationary or time-averaged firing rate of each population, in Hz, in the order of the spec. */
public record PopulationRates(Map<String, Double> ratesHz, Provenance provenance, List<Warning> warnings)
        implements Result {

    public PopulationRates {
        Map<String, Double> copy = new LinkedHashMap<>();
        Require.nonNull("ratesHz", ratesHz).forEach((name, rate) ->
                copy.put(name, Require.nonNegative("rate of " + name, Require.nonNull("rate of " + name, rate), "Hz")));
        ratesHz = Collections.unmodifiableMap(copy);
        Require.nonNull("provenance", provenance);
        warnings = List.copyOf(warnings);
    }

    /** Itself: these are population rates. */
    @Override
    public java.util.Optional<PopulationRates> populationRates() {
        return java.util.Optional.of(this);
    }

    /** The rate of a population in Hz. */
    public double rate(String population) {
        Double r = ratesHz.get(population);
        if (r == null) {
            throw new InvalidParameterException("population", population, "one of " + ratesHz.keySet());
        }
        return r;
    }
}
