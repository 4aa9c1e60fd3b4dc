package org.ratenet.equations;

import java.util.Arrays;

import org.ratenet.api.error.Require;
import org.ratenet.api.param.ParameterSet;

/**
 * The validated parameters of a population of an equation model: the parameter set as given (defaults filled in) and
 * its values in base units (ms, mV, pA, nS, pF; 1 Hz is 0.001 /ms), in the model's parameter order.
 */
public record EquationParameters(String model, ParameterSet given, double[] baseValues) {

    public EquationParameters {
        Require.name("model", model);
        Require.nonNull("parameters", given);
        baseValues = baseValues.clone();
    }

    @Override
    public double[] baseValues() {
        return baseValues.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EquationParameters p && p.model.equals(model) && Arrays.equals(p.baseValues, baseValues);
    }

    @Override
    public int hashCode() {
        return model.hashCode() * 31 + Arrays.hashCode(baseValues);
    }

    @Override
    public String toString() {
        return model + " " + given;
    }
}
