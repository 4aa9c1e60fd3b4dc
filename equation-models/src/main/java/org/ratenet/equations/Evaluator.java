package org.ratenet.equations;

import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;

/**
 * Evaluates expressions outside the generated code: coefficients of the propagators at build time, initial values, the
 * drift of the transfer function. An expression is turned once into a tree of small functions over an array of values,
 * one slot a name.
 */
final class Evaluator {

    /** An expression ready to evaluate. */
    @FunctionalInterface
    interface Compiled {
        double at(double[] values);
    }

    private final Map<String, Integer> slots;
    private final DoubleSupplier random;

    /**
     * @param slots the slot of each name that may appear
     * @param random what {@code rand()} draws from (only initial values use it)
     */
    Evaluator(Map<String, Integer> slots, DoubleSupplier random) {
        this.slots = slots;
        this.random = random;
    }

    Compiled compile(Expr e) {
        if (e instanceof Expr.Num n) {
            double v = n.value();
            return x -> v;
        }
        if (e instanceof Expr.Name n) {
            Integer slot = slots.get(n.name());
            if (slot == null) {
                throw new IllegalStateException("no value for '" + n.name() + "' here");
            }
            int s = slot;
            return x -> x[s];
        }
        if (e instanceof Expr.Negate n) {
            Compiled a = compile(n.operand());
            return x -> -a.at(x);
        }
        if (e instanceof Expr.Binary b) {
            Compiled l = compile(b.left());
            Compiled r = compile(b.right());
            return switch (b.op()) {
                case '+' -> x -> l.at(x) + r.at(x);
                case '-' -> x -> l.at(x) - r.at(x);
                case '*' -> x -> l.at(x) * r.at(x);
                default -> x -> l.at(x) / r.at(x);
            };
        }
        if (e instanceof Expr.Power p) {
            Compiled base = compile(p.base());
            double exponent = p.exponent();
            return x -> Math.pow(base.at(x), exponent);
        }
        Expr.Call c = (Expr.Call) e;
        List<Compiled> args = c.arguments().stream().map(this::compile).toList();
        Compiled a = args.isEmpty() ? null : args.get(0);
        return switch (c.function()) {
            case "rand" -> x -> random.getAsDouble();
            case "exp" -> x -> Math.exp(a.at(x));
            case "log" -> x -> Math.log(a.at(x));
            case "log10" -> x -> Math.log10(a.at(x));
            case "sqrt" -> x -> Math.sqrt(a.at(x));
            case "abs" -> x -> Math.abs(a.at(x));
            case "sin" -> x -> Math.sin(a.at(x));
            case "cos" -> x -> Math.cos(a.at(x));
            case "tan" -> x -> Math.tan(a.at(x));
            case "tanh" -> x -> Math.tanh(a.at(x));
            case "sinh" -> x -> Math.sinh(a.at(x));
            case "cosh" -> x -> Math.cosh(a.at(x));
            case "min" -> x -> Math.min(a.at(x), args.get(1).at(x));
            case "max" -> x -> Math.max(a.at(x), args.get(1).at(x));
            default -> x -> Math.min(Math.max(a.at(x), args.get(1).at(x)), args.get(2).at(x)); // clip
        };
    }
}
