package org.ratenet.rate.dynamics;

import java.util.List;
import java.util.Optional;

import org.ratenet.api.result.PopulationRates;
import org.ratenet.api.result.Provenance;
import org.ratenet.api.result.Result;
import org.ratenet.api.result.TimeSeries;
import org.ratenet.api.result.Warning;

/**
 * What the rate level returns: the rates over time, the final rates, and the fixed point reached from the
 * final state with its stability (absent when none was found, e.g. on a limit cycle).
 */
public record RateResult(List<String> populations, TimeSeries rates, double[] finalRatesHz,
                         Optional<RateFixedPoints.FixedPoint> fixedPoint, Provenance provenance, List<Warning> warnings)
        implements Result {

    /** The final rates (Hz) of the populations. */
    @Override
    public Optional<PopulationRates> populationRates() {
        java.util.Map<String, Double> rates = new java.util.LinkedHashMap<>();
        for (int a = 0; a < populations.size(); a++) {
            rates.put(populations.get(a), Math.max(0, finalRatesHz[a]));
        }
        return Optional.of(new PopulationRates(rates, provenance, warnings));
    }

    public RateResult {
        populations = List.copyOf(populations);
        finalRatesHz = finalRatesHz.clone();
        warnings = List.copyOf(warnings);
    }
}
