package org.ratenet.api.model;

import java.util.Set;

import org.ratenet.api.param.ParameterSet;

/**
 * A neuron model as data: its name, the record type of its parameters, how raw parameters are checked
 * and turned into that record, and which levels can evaluate it. The dynamics live in the levels
 * (the spiking engine, the mean field), which look a model up by name.
 *
 * @param <P> the immutable, validated parameter record
 */
public interface NeuronModel<P extends Record> extends Kind<P> {

    /** The record type that {@link #create} returns. */
    Class<P> parameterType();

    /** The names of the levels that can evaluate populations of this model, e.g. {@code spiking}. */
    Set<String> supportedLevels();

    /**
     * A typical valid parameter set, used when a model is checked on its own (the contract kit, {@code ratenet validate
     * --model}); by default the schema's defaults, which fails naming the first required parameter when one has none.
     */
    default ParameterSet exampleParameters() {
        return parameters().validate(ParameterSet.EMPTY);
    }

    /** One line saying what the model is, for {@code ratenet check} and provenance (e.g. its integration method). */
    default String summary() {
        return "neuron model '" + name() + "'";
    }

    /**
     * Why populations of this model cannot be evaluated at {@code level}, for the error a level raises (e.g. "it has two
     * state variables; the mean field needs one"); by default the levels the model supports.
     */
    default String unsupportedReason(String level) {
        return "model '" + name() + "' supports the levels " + new java.util.TreeSet<>(supportedLevels());
    }
}
