package org.ratenet.equations;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An expression written as c + Σ_x a_x x over a set of names x, where c and the coefficients a_x do not contain those
 * names; found symbolically (no sympy needed: sums, scalings and divisions by expressions free of the names keep the
 * form, anything else does not). This is how the integrator sees whether equations are linear.
 *
 * @param constant c, null for 0
 * @param coefficients a_x by name, absent for 0
 */
record Affine(Expr constant, Map<String, Expr> coefficients) {

    /** The affine form of {@code e} in {@code names}, empty if it is not affine in them. */
    static Optional<Affine> of(Expr e, Set<String> names) {
        if (!usesAny(e, names)) {
            return Optional.of(new Affine(e, Map.of()));
        }
        if (e instanceof Expr.Name n) {
            return Optional.of(new Affine(null, Map.of(n.name(), new Expr.Num(1, UnitVector.ONE, n.place()))));
        }
        if (e instanceof Expr.Negate n) {
            return of(n.operand(), names).map(a -> a.scaled(x -> new Expr.Negate(x, n.place())));
        }
        if (e instanceof Expr.Binary b) {
            switch (b.op()) {
                case '+':
                case '-': {
                    Optional<Affine> left = of(b.left(), names);
                    Optional<Affine> right = of(b.right(), names);
                    if (left.isEmpty() || right.isEmpty()) {
                        return Optional.empty();
                    }
                    return Optional.of(left.get().plus(right.get(), b.op(), b.place()));
                }
                case '*':
                    if (!usesAny(b.left(), names)) {
                        return of(b.right(), names).map(a -> a.scaled(x -> new Expr.Binary('*', b.left(), x, b.place())));
                    }
                    if (!usesAny(b.right(), names)) {
                        return of(b.left(), names).map(a -> a.scaled(x -> new Expr.Binary('*', x, b.right(), b.place())));
                    }
                    return Optional.empty();
                default: // '/'
                    if (!usesAny(b.right(), names)) {
                        return of(b.left(), names).map(a -> a.scaled(x -> new Expr.Binary('/', x, b.right(), b.place())));
                    }
                    return Optional.empty();
            }
        }
        if (e instanceof Expr.Power p && p.exponent() == 1) {
            return of(p.base(), names);
        }
        return Optional.empty();
    }

    /** Whether any of the names appears in {@code e}. */
    static boolean usesAny(Expr e, Set<String> names) {
        for (String n : names) {
            if (Checker.uses(e, n)) {
                return true;
            }
        }
        return false;
    }

    /** The coefficient of {@code name}, empty for 0. */
    Optional<Expr> coefficient(String name) {
        return Optional.ofNullable(coefficients.get(name));
    }

    private Affine scaled(java.util.function.UnaryOperator<Expr> f) {
        Map<String, Expr> out = new LinkedHashMap<>();
        coefficients.forEach((k, v) -> out.put(k, f.apply(v)));
        return new Affine(constant == null ? null : f.apply(constant), out);
    }

    private Affine plus(Affine o, char op, Expr.Place place) {
        Map<String, Expr> out = new LinkedHashMap<>(coefficients);
        o.coefficients.forEach((k, v) -> out.merge(k, op == '+' ? v : new Expr.Negate(v, place), (a, b) -> new Expr.Binary(op, a, op == '+' ? b : v, place)));
        Expr c = constant == null ? (o.constant == null ? null : op == '+' ? o.constant : new Expr.Negate(o.constant, place))
                : o.constant == null ? constant : new Expr.Binary(op, constant, o.constant, place);
        return new Affine(c, out);
    }
}
