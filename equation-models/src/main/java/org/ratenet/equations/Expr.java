package org.ratenet.equations;

import java.util.List;
import java.util.Set;

/**
 * An expression of an equation model as parsed: numbers (already in base units), names, arithmetic and calls, each
 * with its place in the text for messages.
 */
sealed interface Expr {

    /** Where the expression starts: line and column in its field, from 1. */
    Place place();

    /** A place in a field's text. */
    record Place(String field, int line, int column) {
        EquationException error(String reason) {
            return new EquationException(field, line, column, reason);
        }
    }

    /** A number, with the unit it was written with folded in (value in base units). */
    record Num(double value, UnitVector unit, Place place) implements Expr {
    }

    /** A variable, parameter, subexpression, input or unit, resolved by the checker. */
    record Name(String name, Place place) implements Expr {
    }

    record Negate(Expr operand, Place place) implements Expr {
    }

    /** {@code + - * /}. */
    record Binary(char op, Expr left, Expr right, Place place) implements Expr {
    }

    /** A power with a constant exponent (whole unless the base is a plain number). */
    record Power(Expr base, double exponent, Place place) implements Expr {
    }

    record Call(String function, List<Expr> arguments, Place place) implements Expr {
    }

    /** The functions equations may call, with their number of arguments. */
    static int arity(String function) {
        return switch (function) {
            case "rand" -> 0;
            case "exp", "log", "log10", "sqrt", "abs", "sin", "cos", "tan", "tanh", "sinh", "cosh" -> 1;
            case "min", "max" -> 2;
            case "clip" -> 3;
            default -> -1;
        };
    }

    /** The names of the functions, for messages. */
    Set<String> FUNCTIONS = Set.of("exp", "log", "log10", "sqrt", "abs", "sin", "cos", "tan", "tanh", "sinh", "cosh", "min", "max", "clip", "rand");
}
