package org.ratenet.files;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import org.ratenet.api.error.InvalidInputException;
import org.ratenet.api.error.RatenetException;
import org.ratenet.api.error.Require;
import org.ratenet.api.units.Dimension;
import org.ratenet.api.units.Quantity;

/**
 * A node of a parsed experiment file with its path ({@code populations.E.size}), and typed reads that
 * fail with an {@link ExperimentFileException} at that path.
 */
final class FileNode {

    private final JsonNode node;
    private final String path;

    FileNode(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    String path() {
        return path;
    }

    ExperimentFileException error(String reason) {
        return new ExperimentFileException(path, reason);
    }

    private String child(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** Requires a mapping whose keys are all among {@code allowed}. */
    FileNode mapping(List<String> allowed) {
        requireMapping();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw new ExperimentFileException(child(key), "unknown key '" + key + "' (allowed here: "
                        + String.join(", ", allowed) + ")");
            }
        }
        return this;
    }

    private void requireMapping() {
        if (!node.isObject()) {
            throw error("expected a mapping (key: value lines), got " + describe());
        }
    }

    FileNode field(String name) {
        return optionalField(name).orElseThrow(() -> new ExperimentFileException(child(name), "missing"));
    }

    Optional<FileNode> optionalField(String name) {
        requireMapping();
        JsonNode c = node.get(name);
        return c == null || c.isNull() ? Optional.empty() : Optional.of(new FileNode(c, child(name)));
    }

    /** The entries of a mapping, in file order. */
    Map<String, FileNode> entries() {
        requireMapping();
        Map<String, FileNode> entries = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> entries.put(e.getKey(), new FileNode(e.getValue(), child(e.getKey()))));
        return entries;
    }

    /** The elements of a sequence; a single scalar counts as a sequence of one. */
    List<FileNode> elements() {
        List<FileNode> list = new ArrayList<>();
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                list.add(new FileNode(node.get(i), path + "[" + i + "]"));
            }
        } else if (node.isValueNode()) {
            list.add(this);
        } else {
            throw error("expected a list, got " + describe());
        }
        return list;
    }

    boolean isMapping() {
        return node.isObject();
    }

    boolean isBoolean() {
        return node.isBoolean();
    }

    String text() {
        if (!node.isTextual()) {
            throw error("expected text, got " + describe());
        }
        return node.asText();
    }

    /** A name: text of letters, digits, '_', '.', '-'. */
    String name() {
        String s = text();
        try {
            return Require.name("name", s);
        } catch (IllegalArgumentException e) {
            throw error("'" + ExperimentFileException.flatten(s) + "' is not a valid name (letters, digits, '_', '.', '-', "
                    + "starting with a letter or '_')");
        }
    }

    boolean flag() {
        if (!node.isBoolean()) {
            throw error("expected true or false, got " + describe());
        }
        return node.booleanValue();
    }

    /** The expression text of a scalar: a number as written, or a string such as {@code 20 ms} or {@code 4*order}. */
    String expression() {
        if (node.isNumber()) {
            double v = node.asDouble();
            if (!Double.isFinite(v)) {
                throw error("expected a finite number, got " + node.asText());
            }
            return node.isIntegralNumber() ? node.asText() : Double.toString(v);
        }
        if (node.isTextual()) {
            return node.asText();
        }
        throw error("expected a number or an expression, got " + describe());
    }

    /** Evaluates this scalar against the parameters and checks its dimension. */
    Quantity quantity(ParameterTable parameters, Dimension expected) {
        Quantity q;
        try {
            q = parameters.evaluate(expression());
        } catch (ExperimentFileException e) {
            throw e;
        } catch (RatenetException | InvalidInputException e) {
            throw error(e.getMessage());
        }
        try {
            return q.requireDimension("", expected);
        } catch (RatenetException | InvalidInputException e) {
            throw error(e.getMessage());
        }
    }

    /** A whole number in [min, max] (e.g. a population size), given as number or expression. */
    long whole(ParameterTable parameters, long min, long max) {
        double v = quantity(parameters, Dimension.DIMENSIONLESS).value();
        if (v != Math.rint(v)) {
            throw error("expected a whole number, got " + Require.format(v));
        }
        if (v < min || v > max) {
            throw error(Require.format(v) + " is out of range: must be in [" + min + ", " + max + "]");
        }
        return (long) v;
    }

    /** A whole number written as a literal, in the range of {@code long} (e.g. a seed). */
    long longLiteral() {
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        throw error("expected a whole number literal, got " + describe());
    }

    private String describe() {
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isTextual()) {
            return "the text '" + ExperimentFileException.flatten(node.asText()) + "'";
        }
        if (node.isNull() || node.isMissingNode()) {
            return "nothing (an empty value)";
        }
        return (node.isBoolean() ? "the flag " : "the number ") + ExperimentFileException.flatten(node.asText());
    }
}
