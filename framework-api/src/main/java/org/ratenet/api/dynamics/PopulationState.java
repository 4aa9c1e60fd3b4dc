package org.ratenet.api.dynamics;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;
import org.ratenet.api.units.Dimension;

/**
 * The declared state of a population: named arrays with one entry per neuron, as NEST's recordables. A model declares
 * each variable once, with its unit, through a {@link Builder} and keeps the arrays it gets back for its update; the
 * engine checkpoints every declared array and the recorders sample any {@linkplain #variable real variable} by name
 * ({@code recording: {state: {E: [V_m, w]}}}). Counters (e.g. remaining refractory steps) are checkpointed but not
 * recorded.
 */
public final class PopulationState {

    /** A real state variable: its name, unit and values. */
    public record Variable(String name, Dimension unit, double[] values) {
    }

    private final int size;
    private final Map<String, Variable> variables;
    private final Map<String, int[]> counters;
    private final Map<String, String> aliases;

    private PopulationState(int size, Map<String, Variable> variables, Map<String, int[]> counters, Map<String, String> aliases) {
        this.size = size;
        this.variables = Collections.unmodifiableMap(variables);
        this.counters = Collections.unmodifiableMap(counters);
        this.aliases = Collections.unmodifiableMap(aliases);
    }

    /** Declares the state of a population of {@code size} neurons. */
    public static Builder builder(int size) {
        return new Builder(Require.atLeast("size", size, 1));
    }

    /** The number of neurons. */
    public int size() {
        return size;
    }

    /** The names of the real variables, in declaration order. */
    public List<String> variableNames() {
        return List.copyOf(variables.keySet());
    }

    /**
     * The variable of this name (or of an {@linkplain Builder#alias alias}, e.g. {@code V_m} for a model's {@code V}); an
     * {@link InvalidParameterException} listing the declared ones otherwise.
     */
    public Variable variable(String name) {
        Variable v = variables.get(aliases.getOrDefault(name, name));
        if (v == null) {
            throw new InvalidParameterException("state variable", name, "one of " + variables.keySet());
        }
        return v;
    }

    /**
     * Copies neurons [from, from + length) of every declared array into neurons [to, to + length) of the same array of
     * {@code target}, a state declared alike (the same variables and counters in the same order), as
     * {@link System#arraycopy}: how the engine hands a thread its part of a population and gathers it back.
     */
    public void copyTo(int from, PopulationState target, int to, int length) {
        if (!target.variables.keySet().equals(variables.keySet()) || !target.counters.keySet().equals(counters.keySet())) {
            throw new InvalidParameterException("target state", target.variables.keySet() + " and counters " + target.counters.keySet(),
                    "the same declarations as " + variables.keySet() + " and counters " + counters.keySet());
        }
        if (from < 0 || length < 0 || from + length > size || to < 0 || to + length > target.size) {
            throw new InvalidParameterException("neurons to copy", "[" + from + ", " + (from + length) + ") into [" + to + ", " + (to + length)
                    + ")", "within [0, " + size + ") and [0, " + target.size + ")");
        }
        for (Map.Entry<String, Variable> v : variables.entrySet()) {
            System.arraycopy(v.getValue().values(), from, target.variables.get(v.getKey()).values(), to, length);
        }
        for (Map.Entry<String, int[]> c : counters.entrySet()) {
            System.arraycopy(c.getValue(), from, target.counters.get(c.getKey()), to, length);
        }
    }

    /** Writes every array, in declaration order, for a checkpoint; {@link #read} restores the same bits. */
    public void write(DataOutput out) throws IOException {
        for (Variable v : variables.values()) {
            StateArrays.write(out, v.values());
        }
        for (int[] c : counters.values()) {
            StateArrays.write(out, c);
        }
    }

    /** Fills every array with what {@link #write} wrote. */
    public void read(DataInput in) throws IOException {
        for (Variable v : variables.values()) {
            StateArrays.read(in, v.values());
        }
        for (int[] c : counters.values()) {
            StateArrays.read(in, c);
        }
    }

    /** Collects the declarations; each returns the array the model then owns and updates in place. */
    public static final class Builder {
        private final int size;
        private final Map<String, Variable> variables = new LinkedHashMap<>();
        private final Map<String, int[]> counters = new LinkedHashMap<>();
        private final Map<String, String> aliases = new LinkedHashMap<>();
        private final List<String> names = new ArrayList<>();

        private Builder(int size) {
            this.size = size;
        }

        /** Declares a real variable, e.g. {@code variable("V_m", Dimension.VOLTAGE)}; returns its zeroed array. */
        public double[] variable(String name, Dimension unit) {
            declare(name);
            double[] values = new double[size];
            variables.put(name, new Variable(name, Require.nonNull("unit of " + name, unit), values));
            return values;
        }

        /** Declares an integer counter (checkpointed, not recorded); returns its zeroed array. */
        public int[] counter(String name) {
            declare(name);
            int[] values = new int[size];
            counters.put(name, values);
            return values;
        }

        /**
         * Lets {@code alias} name the declared real variable {@code variable} too (an equation model's membrane {@code V}
         * is also {@code V_m}); an alias is neither checkpointed nor listed twice.
         */
        public void alias(String alias, String variable) {
            if (!variables.containsKey(variable)) {
                throw new InvalidParameterException("aliased variable", variable, "a real variable declared before " + variables.keySet());
            }
            if (!alias.equals(variable)) {
                declare(alias);
                aliases.put(alias, variable);
            }
        }

        private void declare(String name) {
            Require.name("state variable", name);
            if (names.contains(name)) {
                throw new InvalidParameterException("state variable", name, "a name not declared before " + names);
            }
            names.add(name);
        }

        public PopulationState build() {
            return new PopulationState(size, new LinkedHashMap<>(variables), new LinkedHashMap<>(counters), new LinkedHashMap<>(aliases));
        }
    }
}
