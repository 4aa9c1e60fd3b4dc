package org.ratenet.api.model;

import java.util.function.Function;

import org.ratenet.api.error.Require;
import org.ratenet.api.param.ParameterSchema;
import org.ratenet.api.param.ParameterSet;

/**
 * A named kind of component that can be built from parameters, as written in an experiment file:
 * e.g. the kind {@code fixed_indegree} builds a {@link ConnectivityRule} from {@code indegree: 100}.
 * Registries hold kinds, so that a name in a file resolves to the schema that checks its parameters.
 *
 * @param <T> what this kind builds
 */
public interface Kind<T> {

    /** The name used in files, in code and on the command line. */
    String name();

    /** The parameters this kind takes. */
    ParameterSchema parameters();

    /**
     * The schema of a component whose text parameters have the given values: a kind whose parameters depend on a choice
     * (the trace rule's {@code weight_function} brings that function's parameters) scopes them here, so that no two
     * choices' parameter names can clash. By default {@link #parameters()}.
     */
    default ParameterSchema parameters(java.util.Map<String, String> choices) {
        return parameters();
    }

    /** Builds the component from parameters already completed by {@code parameters().validate(...)}. */
    T create(ParameterSet validated);

    /** Validates the given parameters against the schema, then builds. */
    default T build(ParameterSet given) {
        return create(parameters().validate(given));
    }

    /** A kind from a name, a schema and a factory. */
    static <T> Kind<T> of(String name, ParameterSchema parameters, Function<ParameterSet, T> factory) {
        Require.name("kind name", name);
        Require.nonNull("parameters", parameters);
        Require.nonNull("factory", factory);
        return new Kind<>() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public ParameterSchema parameters() {
                return parameters;
            }

            @Override
            public T create(ParameterSet validated) {
                return factory.apply(validated);
            }

            @Override
            public String toString() {
                return "Kind[" + name + "]";
            }
        };
    }
}
