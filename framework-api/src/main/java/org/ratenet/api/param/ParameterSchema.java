package org.ratenet.api.param;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ratenet.api.error.InvalidParameterException;

/**
 * The parameters a component takes. {@link #validate} turns what a user gave into a complete
 * {@link ParameterSet}: unknown names, missing required values, wrong dimensions and out-of-range values
 * are rejected with the parameter's name; defaults fill the rest.
 */
public final class ParameterSchema {

    public static final ParameterSchema NONE = new ParameterSchema(List.of());

    private final Map<String, ParameterDef> definitions;

    private ParameterSchema(List<ParameterDef> definitions) {
        Map<String, ParameterDef> byName = new LinkedHashMap<>();
        for (ParameterDef d : definitions) {
            if (byName.put(d.name(), d) != null) {
                throw new IllegalArgumentException("parameter '" + d.name() + "' is defined twice in one schema");
            }
        }
        this.definitions = Collections.unmodifiableMap(byName);
    }

    public static ParameterSchema of(ParameterDef... definitions) {
        return new ParameterSchema(List.of(definitions));
    }

    public Optional<ParameterDef> find(String name) {
        return Optional.ofNullable(definitions.get(name));
    }

    public List<ParameterDef> definitions() {
        return new ArrayList<>(definitions.values());
    }

    /** The given values checked against this schema, with defaults for the parameters not given. */
    public ParameterSet validate(ParameterSet given) {
        for (String name : given.values().keySet()) {
            if (!definitions.containsKey(name)) {
                throw InvalidParameterException.unknown(name, allowedNames());
            }
        }
        Map<String, Object> complete = new LinkedHashMap<>();
        for (ParameterDef d : definitions.values()) {
            Object v = given.values().get(d.name());
            if (v == null) {
                if (d.required()) {
                    throw InvalidParameterException.missing(d.name(), describe(d));
                }
                v = d.defaultValue();
            }
            complete.put(d.name(), d.check(v));
        }
        return new ParameterSet(complete);
    }

    /** The names, comma separated, for messages. */
    public String allowedNames() {
        return definitions.isEmpty() ? "none" : String.join(", ", definitions.keySet());
    }

    private static String describe(ParameterDef d) {
        String what = d.description().isEmpty() ? d.type().name().toLowerCase() : d.description();
        String range = d.type() == ParameterDef.Type.QUANTITY || d.type() == ParameterDef.Type.INTEGER
                ? d.rangeText(", ") : "";
        return what + range;
    }

    @Override
    public String toString() {
        return "ParameterSchema" + definitions.keySet();
    }
}
