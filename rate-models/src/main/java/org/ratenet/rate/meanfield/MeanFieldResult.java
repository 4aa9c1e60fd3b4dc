package org.ratenet.rate.meanfield;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ratenet.api.result.PopulationRates;
import org.ratenet.api.result.Provenance;
import org.ratenet.api.result.Result;
import org.ratenet.api.result.Warning;

/**
 * The self-consistent states of a {@link MeanFieldModel}: every fixed point found, with μ, σ, the
 * eigenvalues of the pseudo-time Jacobian and its stability; or, when none was found, the last iterate and
 * its residual (never a silent wrong number).
 */
public record MeanFieldResult(List<String> populations, List<FixedPoint> fixedPoints, double[] lastIterate,
                              double lastResidual, Provenance provenance, List<Warning> warnings) implements Result {

    /**
     * One solution of ν = Φ(ν): rates (Hz), μ and σ (mV), the residual max |Φ(ν) − ν| (Hz), the eigenvalues of
     * diag(1/τ_m)(DΦ − I) (1/ms, real and imaginary parts), whether all real parts are negative, and the
     * distribution of rates across each population's neurons.
     */
    public record FixedPoint(double[] ratesHz, double[] muMv, double[] sigmaMv, double residualHz,
                             double[] eigenvalueReal, double[] eigenvalueImaginary, boolean stable, String method,
                             List<RateDistribution> distributions) {
    }

    public MeanFieldResult {
        populations = List.copyOf(populations);
        fixedPoints = List.copyOf(fixedPoints);
        warnings = List.copyOf(warnings);
    }

    /** The rates of the stable fixed point with the lowest mean rate; none without a stable fixed point. */
    @Override
    public Optional<PopulationRates> populationRates() {
        return stable().map(p -> {
            Map<String, Double> rates = new LinkedHashMap<>();
            for (int a = 0; a < populations.size(); a++) {
                rates.put(populations.get(a), p.ratesHz()[a]);
            }
            return new PopulationRates(rates, provenance, warnings);
        });
    }

    public boolean converged() {
        return !fixedPoints.isEmpty();
    }

    /** The stable fixed point with the lowest mean rate, if any. */
    public Optional<FixedPoint> stable() {
        return fixedPoints.stream().filter(FixedPoint::stable)
                .min(Comparator.comparingDouble(p -> Arrays.stream(p.ratesHz()).sum()));
    }
}
