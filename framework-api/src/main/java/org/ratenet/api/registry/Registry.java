package org.ratenet.api.registry;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Components of one sort by name, e.g. all gain-function kinds. Immutable.
 *
 * @param <T> the component type
 */
public final class Registry<T> {

    private final String kind;
    private final Map<String, T> entries;

    /**
     * @param kind what the entries are, for messages (e.g. {@code "gain function"})
     * @param entries name to component
     */
    public Registry(String kind, Map<String, ? extends T> entries) {
        this.kind = kind;
        this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
    }

    /** What the entries are, e.g. {@code "neuron model"}. */
    public String kind() {
        return kind;
    }

    public Optional<T> find(String name) {
        return Optional.ofNullable(entries.get(name));
    }

    /** The component of this name; an {@link UnknownNameException} listing the known names otherwise. */
    public T get(String name) {
        T t = entries.get(name);
        if (t == null) {
            throw new UnknownNameException(kind, name, names());
        }
        return t;
    }

    /** Every entry by name, sorted (unmodifiable). */
    public Map<String, T> asMap() {
        return entries;
    }

    /** The registered names, sorted. */
    public Set<String> names() {
        return entries.keySet();
    }

    @Override
    public String toString() {
        return kind + " registry " + names();
    }
}
