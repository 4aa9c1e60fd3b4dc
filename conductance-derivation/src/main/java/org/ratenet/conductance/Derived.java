package org.ratenet.conductance;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ratenet.api.units.Quantity;

/**
 * A derived number that can explain itself: what it is, the equation (with its number in Kleinfeld's
 * lecture 11), the inputs with units, and the value.
 */
public record Derived(String name, String equation, Map<String, Quantity> inputs, Quantity value) {

    public Derived {
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }

    /** One line: {@code W[E<-I] = G_syn τ_syn (V_syn − v_θ − V_leak) (11.29) with G_syn = 1 nS, ... = -0.3 pA/Hz}. */
    public String explain() {
        StringBuilder b = new StringBuilder(name).append(" = ").append(equation).append(" with ");
        inputs.forEach((k, v) -> b.append(k).append(" = ").append(v.format()).append(", "));
        b.setLength(b.length() - 2);
        return b.append(" gives ").append(value.format()).toString();
    }

    @Override
    public String toString() {
        return explain();
    }
}
