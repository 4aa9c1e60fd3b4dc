package org.ratenet.files;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ratenet.api.error.InvalidInputException;
import org.ratenet.api.error.RatenetException;
import org.ratenet.api.units.Expression;
import org.ratenet.api.units.Quantity;

/**
 * The {@code parameters:} section: named expressions that may refer to each other in any order,
 * evaluated once on first use, with command-line overrides replacing the file's definitions.
 * A cycle ({@code a: 2*b, b: a}) is an error naming it.
 */
final class ParameterTable {

    private static final String IDENTIFIER = "[A-Za-z_][A-Za-z0-9_]*";

    private final Map<String, String> definitions = new LinkedHashMap<>();
    private final Map<String, String> paths = new LinkedHashMap<>();
    private final Map<String, Quantity> values = new LinkedHashMap<>();
    private final Set<String> evaluating = new LinkedHashSet<>();

    /** The longest chain of parameters defined by one another ({@code p0: p1}, {@code p1: p2}, ...). */
    static final int MAX_CHAIN = 256;

    /** Adds a definition from the file at {@code path}. */
    void define(String name, String expression, String path) {
        if (!name.matches(IDENTIFIER)) {
            throw new ExperimentFileException(path, "'" + name + "' is not a valid parameter name (letters, digits and '_', "
                    + "starting with a letter or '_')");
        }
        definitions.put(name, expression);
        paths.put(name, path);
    }

    /** Replaces a definition from the command line; the name must exist in the file. */
    void override(String name, String expression) {
        if (!definitions.containsKey(name)) {
            throw new ExperimentFileException("--set " + name, "the file has no parameter '" + name + "' (parameters: "
                    + (definitions.isEmpty() ? "none" : String.join(", ", definitions.keySet())) + ")");
        }
        definitions.put(name, expression);
        paths.put(name, "--set " + name);
    }

    /** The value of a parameter, or null if there is no parameter of that name. */
    Quantity value(String name) {
        Quantity known = values.get(name);
        if (known != null || !definitions.containsKey(name)) {
            return known;
        }
        if (evaluating.size() >= MAX_CHAIN) {
            throw new ExperimentFileException(paths.get(name), "parameters refer to each other more than " + MAX_CHAIN
                    + " deep (" + String.join(" -> ", new ArrayList<>(evaluating).subList(0, 3)) + " -> ...)");
        }
        if (!evaluating.add(name)) {
            List<String> cycle = new ArrayList<>(evaluating);
            cycle = cycle.subList(cycle.indexOf(name), cycle.size());
            throw new ExperimentFileException(paths.get(name), "parameters refer to each other in a cycle: "
                    + String.join(" -> ", cycle) + " -> " + name);
        }
        try {
            Quantity q = Expression.parse(definitions.get(name)).evaluate(this::value);
            values.put(name, q);
            return q;
        } catch (ExperimentFileException e) {
            throw e;
        } catch (RatenetException | InvalidInputException e) {
            throw new ExperimentFileException(paths.get(name), e.getMessage());
        } finally {
            evaluating.remove(name);
        }
    }

    /** Evaluates every parameter (so that an unused one with an error is still reported) and returns all values. */
    Map<String, Quantity> evaluateAll() {
        Map<String, Quantity> all = new LinkedHashMap<>();
        for (String name : definitions.keySet()) {
            all.put(name, value(name));
        }
        return all;
    }

    /** Evaluates an expression of the file against the parameters. */
    Quantity evaluate(String expression) {
        return Expression.parse(expression).evaluate(this::value);
    }
}
