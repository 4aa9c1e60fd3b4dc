package org.ratenet.rate.population;

import java.util.List;

import org.ratenet.api.result.Warning;

/**
 * The input a neuron receives from a population of N neurons firing as independent Poisson processes at rate
 * ν (Hz), under a scaling law: its mean (per unit of ν·weight, e.g. pA), its temporal (shot-noise) variance
 * K w² ν, its quenched variance across neurons (from random in-degrees or weights) and whether both variances
 * vanish as N → ∞, the condition for the population to be described by its mean activity alone.
 */
public record InputMoments(double mean, double temporalVariance, double quenchedVariance, boolean fluctuationsVanish,
                           List<Warning> warnings) {

    public InputMoments {
        warnings = List.copyOf(warnings);
    }
}
