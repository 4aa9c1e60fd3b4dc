package org.ratenet.equations;

/** The parsed statements of an equation model's definition. */
interface Statement {

    /**
     * {@code dx/dt = rhs : unit} (differential) or {@code x = rhs : unit} (a subexpression, substituted where it is used).
     *
     * @param text the line as written, for messages
     */
    record Equation(String variable, boolean differential, Expr rhs, UnitVector unit, Expr.Place place, String text) implements Statement {
        /** How messages name the equation, e.g. {@code dV/dt = ...}. */
        String label() {
            return text.strip();
        }
    }

    /** The threshold condition {@code left op right}, op one of {@code > >= < <=}. */
    record Condition(Expr left, String op, Expr right, Expr.Place place) implements Statement {
    }

    /** One reset statement {@code target op value}, op one of {@code = += -= *= /=}. */
    record Assignment(String target, String op, Expr value, Expr.Place place) implements Statement {
    }
}
