package org.ratenet.api.model;

import java.util.Set;

import org.ratenet.api.error.Require;
import org.ratenet.api.param.ParameterSchema;

/**
 * The descriptive part of a {@link NeuronModel}: name, parameter record type, schema and supported
 * levels. A subclass only turns validated parameters into its record in {@link #create}.
 *
 * @param <P> the parameter record
 */
public abstract class AbstractNeuronModel<P extends Record> implements NeuronModel<P> {

    private final String name;
    private final Class<P> parameterType;
    private final ParameterSchema parameters;
    private final Set<String> supportedLevels;

    protected AbstractNeuronModel(String name, Class<P> parameterType, ParameterSchema parameters, Set<String> supportedLevels) {
        this.name = Require.name("neuron model name", name);
        this.parameterType = Require.nonNull("parameterType", parameterType);
        this.parameters = Require.nonNull("parameters", parameters);
        this.supportedLevels = Set.copyOf(supportedLevels);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final ParameterSchema parameters() {
        return parameters;
    }

    @Override
    public final Class<P> parameterType() {
        return parameterType;
    }

    @Override
    public final Set<String> supportedLevels() {
        return supportedLevels;
    }

    @Override
    public String toString() {
        return "NeuronModel[" + name + "]";
    }
}
