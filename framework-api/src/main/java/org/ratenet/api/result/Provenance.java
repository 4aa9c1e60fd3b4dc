package org.ratenet.api.result;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ratenet.api.error.Require;

/**
 * Where a result came from: the component that produced it, the method (with equation number and
 * source, e.g. {@code "Siegert formula, Brunel (2000) eq. 21"}) and the inputs it used, as text with units.
 */
public record Provenance(String producer, String method, Map<String, String> inputs) {

    public Provenance {
        Require.nonNull("producer", producer);
        Require.nonNull("method", method);
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(Require.nonNull("inputs", inputs)));
    }

    public static Provenance of(String producer, String method) {
        return new Provenance(producer, method, Map.of());
    }

    /** A copy with one more input. */
    public Provenance withInput(String name, Object value) {
        Map<String, String> copy = new LinkedHashMap<>(inputs);
        copy.put(name, String.valueOf(value));
        return new Provenance(producer, method, copy);
    }

    /** Several lines a person can read: producer, method and each input. */
    public String explain() {
        StringBuilder b = new StringBuilder(producer).append(": ").append(method);
        inputs.forEach((k, v) -> b.append(System.lineSeparator()).append("  ").append(k).append(" = ").append(v));
        return b.toString();
    }
}
