package org.ratenet.equations;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ratenet.api.units.Dimension;
import org.ratenet.api.units.Quantity;

/**
 * An equation model after parsing and checking: state variables with their units and right-hand sides (subexpressions
 * substituted, unit names turned into numbers), so that every name left is a state variable, a parameter, {@code t} or
 * {@code I_syn}.
 *
 * @param membrane the variable synapses act on and the refractory period holds, empty if the model has none
 * @param divisors parameters that divide somewhere and so must not be 0
 * @param usesSynapticCurrent whether {@code I_syn} appears (else the model takes no current or conductance synapses)
 */
record CheckedModel(String name, List<String> variables, List<UnitVector> units, List<Expr> derivatives, List<String> labels,
                    Statement.Condition threshold, List<Statement.Assignment> reset, Optional<Expr> refractory, Map<String, Expr> initial,
                    Optional<String> membrane, Map<String, Dimension> parameters, Map<String, Quantity> defaults, Set<String> divisors,
                    boolean usesSynapticCurrent, Optional<IntegrationMethod> method) {

    int size() {
        return variables.size();
    }

    int index(String variable) {
        return variables.indexOf(variable);
    }

    /** Each parameter's slot in a values array: its position in the parameter order (as {@link EquationParameters} stores them). */
    java.util.Map<String, Integer> parameterSlots() {
        java.util.Map<String, Integer> slots = new java.util.HashMap<>();
        int k = 0;
        for (String name : parameters.keySet()) {
            slots.put(name, k++);
        }
        return slots;
    }

    /** The index of the membrane variable, -1 without one. */
    int membraneIndex() {
        return membrane.map(variables::indexOf).orElse(-1);
    }
}
