package org.ratenet.equations;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a step of an equation model is integrated, chosen from the form of its equations as Brian2 does, or named by
 * the definition's {@code method}. Synaptic input is held at its value at the step's midpoint (exact for the
 * input's own exponential decay to second order).
 */
public enum IntegrationMethod {
    /**
     * Linear equations with constant coefficients, dx/dt = A x + B u with u = (1, I_syn): x ← e^{A dt} x + ∫₀^dt e^{As} ds B u,
     * both from one matrix exponential of the augmented matrix [[A, B], [0, 0]] dt at build time (Van Loan 1978);
     * exact for input constant over the step.
     */
    EXACT("exact", "exact propagator (matrix exponential)", Integer.MAX_VALUE),
    /**
     * Each equation linear in its own variable, dx/dt = a + b x with a, b depending on the others and the input:
     * x ← x e^{b dt} + a dt φ₁(b dt), φ₁(z) = (e^z − 1)/z (Brian2's exponential_euler); first order in general, exact for a
     * single equation with inputs held over the step (the LIF under conductance input).
     */
    EXPONENTIAL_EULER("exponential_euler", "exponential Euler (order 1)", 1),
    /** The classical fourth-order Runge–Kutta method (Hairer, Nørsett and Wanner, Solving ODEs I, Table II.1.2). */
    RK4("rk4", "classical Runge-Kutta (order 4)", 4),
    /** The explicit midpoint rule, order 2. */
    RK2("rk2", "explicit midpoint rule (order 2)", 2),
    /** The forward Euler method, order 1. */
    EULER("euler", "forward Euler (order 1)", 1);

    private final String label;
    private final String description;
    private final int order;

    IntegrationMethod(String label, String description, int order) {
        this.label = label;
        this.description = description;
        this.order = order;
    }

    /** The name used in files, e.g. {@code rk4}. */
    public String label() {
        return label;
    }

    /** A phrase for provenance. */
    public String description() {
        return description;
    }

    /** The order of the global error; {@link Integer#MAX_VALUE} for an exact method. */
    public int order() {
        return order;
    }

    /** The method of this name, if there is one. */
    static Optional<IntegrationMethod> find(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.label.equals(l)).findFirst();
    }

    /** The names, for messages. */
    static String labels() {
        return Arrays.stream(values()).map(IntegrationMethod::label).toList().toString();
    }
}
