package org.ratenet.equations;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.ratenet.api.error.Require;
import org.ratenet.api.units.Quantity;

/**
 * A neuron model written as equations, as data (what the {@code models:} section of an experiment file holds), in the
 * style of Brian2's {@code NeuronGroup}:
 * <pre>
 *   equations:  dV/dt = (-g_L*(V - E_L) + g_L*Delta_T*exp((V - V_T)/Delta_T) - w + I_syn)/C_m : mV
 *               dw/dt = (a*(V - E_L) - w)/tau_w : pA
 *   threshold:  V > V_peak
 *   reset:      V = V_r; w += b
 *   refractory: t_ref
 *   parameters: {C_m: 281 pF, g_L: 30 nS, ...}
 * </pre>
 * Only {@code equations}, {@code threshold} and the parameters the equations use are required; {@link EquationModel#of}
 * checks the rest. Build with {@link #builder(String)}.
 *
 * @param name the model's name, by which populations use it
 * @param equations one equation a line: {@code dx/dt = expression : unit}, or {@code x = expression : unit} for a
 *                  subexpression
 * @param threshold the spike condition, e.g. {@code V > V_th}
 * @param reset statements after a spike, separated by {@code ;} or new lines; empty for none
 * @param refractory the refractory period, an expression of parameters; empty for none
 * @param membrane the variable delta synapses jump, conductance synapses drive and the refractory period holds;
 *                 empty for {@code V} (if declared)
 * @param method {@code exact}, {@code exponential_euler}, {@code rk4}, {@code rk2} or {@code euler}; empty to choose
 *               from the equations
 * @param initial initial values by variable, expressions of parameters that may use {@code rand()} (uniform in [0, 1),
 *                per neuron from the population's own stream); a variable not listed starts at 0
 * @param parameters the parameters with their default values; a population's values override them
 */
public record ModelDefinition(String name, String equations, String threshold, String reset, String refractory, String membrane,
                              String method, Map<String, String> initial, Map<String, Quantity> parameters) {

    public ModelDefinition {
        Require.name("model name", name);
        equations = Require.nonNull("equations", equations);
        threshold = threshold == null ? "" : threshold;
        reset = reset == null ? "" : reset;
        refractory = refractory == null ? "" : refractory;
        membrane = membrane == null ? "" : membrane;
        method = method == null ? "" : method;
        initial = Collections.unmodifiableMap(new LinkedHashMap<>(Require.nonNull("initial", initial)));
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(Require.nonNull("parameters", parameters)));
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The method if one is given. */
    public Optional<String> methodOverride() {
        return method.isBlank() ? Optional.empty() : Optional.of(method.strip());
    }

    /** Assembles a {@link ModelDefinition}. */
    public static final class Builder {
        private final String name;
        private String equations = "";
        private String threshold = "";
        private String reset = "";
        private String refractory = "";
        private String membrane = "";
        private String method = "";
        private final Map<String, String> initial = new LinkedHashMap<>();
        private final Map<String, Quantity> parameters = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder equations(String text) {
            this.equations = text;
            return this;
        }

        public Builder threshold(String condition) {
            this.threshold = condition;
            return this;
        }

        public Builder reset(String statements) {
            this.reset = statements;
            return this;
        }

        public Builder refractory(String period) {
            this.refractory = period;
            return this;
        }

        public Builder membrane(String variable) {
            this.membrane = variable;
            return this;
        }

        public Builder method(String method) {
            this.method = method;
            return this;
        }

        public Builder initial(String variable, String expression) {
            initial.put(variable, expression);
            return this;
        }

        /** A parameter's default, e.g. {@code parameter("tau_m", "20 ms")}. */
        public Builder parameter(String parameter, String quantity) {
            return parameter(parameter, Quantity.parse(quantity));
        }

        public Builder parameter(String parameter, Quantity value) {
            parameters.put(parameter, value);
            return this;
        }

        public ModelDefinition build() {
            return new ModelDefinition(name, equations, threshold, reset, refractory, membrane, method, initial, parameters);
        }
    }
}
