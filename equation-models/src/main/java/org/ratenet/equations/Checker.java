package org.ratenet.equations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ratenet.api.units.Dimension;
import org.ratenet.api.units.Unit;

/**
 * Checks a parsed definition: every name known, every unit consistent (a right-hand side has the unit of its variable
 * per time), resets only of state variables; and resolves it into a {@link CheckedModel}. Every error is an
 * {@link EquationException} with the field, line and column.
 */
final class Checker {

    /** The time, in every expression of the equations, threshold and reset. */
    static final String TIME = "t";
    /** The synaptic input current (pA): current synapses, conductance synapses Σ g (E − V) and constant currents. */
    static final String SYNAPTIC_CURRENT = "I_syn";
    private static final Set<String> RESERVED = Set.of(TIME, SYNAPTIC_CURRENT, "dt", "rand");
    /** The most terms an expression may have once its subexpressions are substituted (a = b + b, b = c + c, ... doubles). */
    static final long MAX_TERMS = 100_000;
    /**
     * The deepest an expression may nest once its subexpressions are substituted: far beyond any neuron model, and
     * shallow enough that every recursive pass over it (checks, linearity, code generation) stays within a default
     * thread stack.
     */
    static final int MAX_RESOLVED_DEPTH = 250;

    private final ModelDefinition definition;
    private final Map<String, UnitVector> stateUnits = new LinkedHashMap<>();
    private final Map<String, Statement.Equation> subexpressions = new LinkedHashMap<>();
    private final Map<String, Expr> resolvedSubexpressions = new LinkedHashMap<>();
    private final Set<String> resolving = new LinkedHashSet<>();
    private final Map<String, Dimension> parameters = new LinkedHashMap<>();
    private final Set<String> divisors = new LinkedHashSet<>();
    private boolean usesSynapticCurrent;

    /** What an expression may refer to where it is written. */
    private enum Context { EQUATION, EVENT, CONSTANT, INITIAL }

    /** A resolved expression, its unit and how deep it nests (subexpressions substituted). */
    private record Typed(Expr expr, UnitVector unit, int depth) {
        Typed(Expr expr, UnitVector unit) {
            this(expr, unit, 1);
        }
    }

    /** The depth of resolved subexpressions, by name. */
    private final Map<String, Integer> subexpressionDepths = new LinkedHashMap<>();

    private Checker(ModelDefinition definition) {
        this.definition = definition;
    }

    static CheckedModel check(ModelDefinition definition) {
        return new Checker(definition).run();
    }

    private CheckedModel run() {
        definition.parameters().forEach((name, value) -> {
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new EquationException("parameters", 1, 1, "'" + name + "' is not a name (letters, digits and _, not starting with a digit)");
            }
            if (RESERVED.contains(name) || Expr.arity(name) >= 0) {
                throw new EquationException("parameters", 1, 1, "'" + name + "' is reserved (t, dt, I_syn and function names)");
            }
            parameters.put(name, value.dimension());
        });
        List<Statement.Equation> equations = Parser.equations("equations", definition.equations());
        List<Statement.Equation> differential = new ArrayList<>();
        Set<String> declared = new HashSet<>();
        for (Statement.Equation e : equations) {
            String v = e.variable();
            if (!declared.add(v)) {
                throw e.place().error("'" + v + "' is defined twice");
            }
            if (RESERVED.contains(v) || Expr.arity(v) >= 0) {
                throw e.place().error("'" + v + "' is reserved (t, dt, I_syn and function names) and cannot be a variable");
            }
            if (parameters.containsKey(v)) {
                throw e.place().error("'" + v + "' is both " + (e.differential() ? "a state variable" : "a subexpression") + " and a parameter");
            }
            if (Unit.find(v).isPresent() && !e.differential()) {
                throw e.place().error("'" + v + "' is the name of a unit; choose another name for the subexpression");
            }
            if (e.differential()) {
                stateUnits.put(v, e.unit());
                differential.add(e);
            } else {
                subexpressions.put(v, e);
            }
        }
        if (differential.isEmpty()) {
            throw equations.get(0).place().error("no differential equation: a model needs at least one 'dx/dt = ... : unit'");
        }
        List<String> variables = new ArrayList<>(stateUnits.keySet());
        List<UnitVector> units = new ArrayList<>(stateUnits.values());
        List<Expr> derivatives = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Statement.Equation e : differential) {
            String label = "d" + e.variable() + "/dt";
            Typed rhs = type(e.rhs(), Context.EQUATION, label);
            requireShallow(rhs, label, e.place());
            UnitVector wanted = e.unit().over(UnitVector.TIME);
            requireUnit(rhs, wanted, label, "the right-hand side '" + shortText(e.rhs()) + "'", "but " + label + " needs " + wanted
                    + " (" + e.variable() + " in " + e.unit() + " per ms)", e.rhs().place());
            derivatives.add(rhs.expr());
            labels.add(e.label());
            stateUnitAllowed(e);
        }
        for (String s : subexpressions.keySet()) { // every subexpression checked, used or not
            subexpression(s, subexpressions.get(s).place());
        }
        Statement.Condition threshold = threshold();
        List<Statement.Assignment> reset = reset();
        Optional<Expr> refractory = definition.refractory().isBlank() ? Optional.empty() : Optional.of(refractory());
        Map<String, Expr> initial = new LinkedHashMap<>();
        definition.initial().forEach((variable, text) -> initial.put(variable, initial(variable, text)));
        Optional<String> membrane = membrane();
        Optional<IntegrationMethod> method = definition.methodOverride().map(m -> IntegrationMethod.find(m)
                .orElseThrow(() -> new EquationException("method", 1, 1, "unknown method '" + m + "' (known: " + IntegrationMethod.labels() + ")")));
        return new CheckedModel(definition.name(), List.copyOf(variables), List.copyOf(units), List.copyOf(derivatives), List.copyOf(labels), threshold,
                reset, refractory, initial, membrane, parameters, definition.parameters(), divisors, usesSynapticCurrent, method);
    }

    private static void stateUnitAllowed(Statement.Equation e) {
        Optional<Dimension> d = e.unit().dimension();
        if (d.isEmpty() || d.get().scale() != 0) {
            throw e.place().error("a state variable's unit must be one of 1, ms, mV, pA, nS or pF (or a unit of these dimensions); '"
                    + e.variable() + "' has " + e.unit());
        }
    }

    private Statement.Condition threshold() {
        if (definition.threshold().isBlank()) {
            throw new EquationException("threshold", 1, 1, "missing: a spiking model needs a threshold condition, e.g. 'V > V_th'");
        }
        Statement.Condition c = Parser.condition("threshold", definition.threshold());
        Typed left = type(c.left(), Context.EVENT, "threshold");
        Typed right = type(c.right(), Context.EVENT, "threshold");
        requireSame(left, right, "threshold", "compared", c.place());
        if (!dependsOnState(left.expr()) && !dependsOnState(right.expr())) {
            throw c.place().error("the threshold does not depend on any state variable " + stateUnits.keySet());
        }
        return new Statement.Condition(left.expr(), c.op(), right.expr(), c.place());
    }

    private List<Statement.Assignment> reset() {
        if (definition.reset().isBlank()) {
            return List.of();
        }
        List<Statement.Assignment> out = new ArrayList<>();
        for (Statement.Assignment a : Parser.assignments("reset", definition.reset())) {
            String target = a.target();
            if (!stateUnits.containsKey(target)) {
                String what = parameters.containsKey(target) ? "'" + target + "' is a parameter; a reset can only change state variables "
                        : subexpressions.containsKey(target) ? "'" + target + "' is a subexpression; a reset can only change state variables "
                        : "'" + target + "' is not a state variable; a reset can only change ";
                throw a.place().error(what + stateUnits.keySet());
            }
            Typed value = type(a.value(), Context.EVENT, "reset of " + target);
            UnitVector unit = stateUnits.get(target);
            UnitVector wanted = a.op().equals("*=") || a.op().equals("/=") ? UnitVector.ONE : unit;
            requireUnit(value, wanted, "reset", "'" + shortText(a.value()) + "'", "but '" + target + " " + a.op() + "' needs " + wanted,
                    a.value().place());
            out.add(new Statement.Assignment(target, a.op(), value.expr(), a.place()));
        }
        return out;
    }

    private Expr refractory() {
        Expr e = Parser.expression("refractory", definition.refractory());
        Typed t = type(e, Context.CONSTANT, "refractory");
        requireUnit(t, UnitVector.TIME, "refractory", "the period '" + shortText(e) + "'", "but a period needs ms", e.place());
        return t.expr();
    }

    private Expr initial(String variable, String text) {
        String field = "initial." + variable;
        if (!stateUnits.containsKey(variable)) {
            throw new EquationException(field, 1, 1, "'" + variable + "' is not a state variable " + stateUnits.keySet());
        }
        Expr e = Parser.expression(field, text);
        Typed t = type(e, Context.INITIAL, field);
        requireUnit(t, stateUnits.get(variable), field, "'" + shortText(e) + "'", "but " + variable + " is in " + stateUnits.get(variable), e.place());
        return t.expr();
    }

    private Optional<String> membrane() {
        String name = definition.membrane().strip();
        if (name.isEmpty()) {
            return stateUnits.containsKey("V") && stateUnits.get("V").equals(UnitVector.VOLTAGE) ? Optional.of("V") : Optional.empty();
        }
        if (!stateUnits.containsKey(name)) {
            throw new EquationException("membrane", 1, 1, "'" + name + "' is not a state variable " + stateUnits.keySet());
        }
        if (!stateUnits.get(name).equals(UnitVector.VOLTAGE)) {
            throw new EquationException("membrane", 1, 1, "the membrane variable '" + name + "' must be in mV, not " + stateUnits.get(name));
        }
        return Optional.of(name);
    }

    /** The resolved expression and its unit. */
    private Typed type(Expr e, Context context, String where) {
        if (e instanceof Expr.Num n) {
            return new Typed(n, n.unit());
        }
        if (e instanceof Expr.Name n) {
            return name(n, context, where);
        }
        if (e instanceof Expr.Negate n) {
            Typed inner = type(n.operand(), context, where);
            return new Typed(new Expr.Negate(inner.expr(), n.place()), inner.unit(), inner.depth() + 1);
        }
        if (e instanceof Expr.Binary b) {
            Typed left = type(b.left(), context, where);
            Typed right = type(b.right(), context, where);
            Expr out = new Expr.Binary(b.op(), left.expr(), right.expr(), b.place());
            int depth = Math.max(left.depth(), right.depth()) + 1;
            switch (b.op()) {
                case '*':
                    return new Typed(out, left.unit().times(right.unit()), depth);
                case '/':
                    noteDivisors(right.expr());
                    return new Typed(out, left.unit().over(right.unit()), depth);
                default:
                    UnitVector u = requireSame(left, right, where, b.op() == '+' ? "added" : "subtracted", b.right().place());
                    return new Typed(out, u, depth);
            }
        }
        if (e instanceof Expr.Power p) {
            Typed base = type(p.base(), context, where);
            if (!base.unit().dimensionless() && (p.exponent() != Math.rint(p.exponent()) || Math.abs(p.exponent()) > 8)) {
                throw p.place().error(where + ": '" + shortText(p.base()) + "' has unit " + base.unit()
                        + ", so its power must be a whole number between -8 and 8, not " + p.exponent());
            }
            return new Typed(new Expr.Power(base.expr(), p.exponent(), p.place()),
                    base.unit().dimensionless() ? UnitVector.ONE : base.unit().power((int) p.exponent()), base.depth() + 1);
        }
        return call((Expr.Call) e, context, where);
    }

    private Typed call(Expr.Call c, Context context, String where) {
        if (c.function().equals("rand")) {
            if (context != Context.INITIAL) {
                throw c.place().error(where + ": rand() is only allowed in initial values");
            }
            return new Typed(c, UnitVector.ONE);
        }
        List<Typed> args = new ArrayList<>();
        for (Expr a : c.arguments()) {
            args.add(type(a, context, where));
        }
        Expr out = new Expr.Call(c.function(), args.stream().map(Typed::expr).toList(), c.place());
        int depth = 1 + args.stream().mapToInt(Typed::depth).max().orElse(0);
        UnitVector x = args.get(0).unit();
        switch (c.function()) {
            case "sqrt":
                if (!x.even()) {
                    throw c.place().error(where + ": sqrt of '" + shortText(c.arguments().get(0)) + "' (" + x + ") has no unit");
                }
                return new Typed(out, x.sqrt(), depth);
            case "abs":
                return new Typed(out, x, depth);
            case "min":
            case "max":
            case "clip": {
                UnitVector u = x;
                for (int k = 1; k < args.size(); k++) {
                    u = requireSame(new Typed(args.get(0).expr(), u), args.get(k), where, "compared in " + c.function(), c.arguments().get(k).place());
                }
                return new Typed(out, u, depth);
            }
            default:
                if (!x.dimensionless()) {
                    throw c.arguments().get(0).place().error(where + ": " + c.function() + " needs a plain number, but '"
                            + shortText(c.arguments().get(0)) + "' has unit " + x);
                }
                return new Typed(out, UnitVector.ONE, depth);
        }
    }

    private Typed name(Expr.Name n, Context context, String where) {
        String name = n.name();
        if (stateUnits.containsKey(name)) {
            if (context == Context.CONSTANT || context == Context.INITIAL) {
                throw n.place().error(where + ": '" + name + "' is a state variable; only parameters and numbers are allowed here");
            }
            return new Typed(n, stateUnits.get(name));
        }
        if (parameters.containsKey(name)) {
            return new Typed(n, UnitVector.of(parameters.get(name)));
        }
        if (subexpressions.containsKey(name)) {
            if (context == Context.CONSTANT || context == Context.INITIAL) {
                throw n.place().error(where + ": '" + name + "' is a subexpression; only parameters and numbers are allowed here");
            }
            Expr resolved = subexpression(name, n.place());
            if (context == Context.EVENT && uses(resolved, SYNAPTIC_CURRENT)) {
                throw n.place().error(where + ": '" + name + "' uses I_syn, which is only known inside the equations");
            }
            return new Typed(resolved, subexpressions.get(name).unit(), subexpressionDepths.get(name));
        }
        if (name.equals(TIME)) {
            if (context == Context.CONSTANT || context == Context.INITIAL) {
                throw n.place().error(where + ": the time t is not allowed here");
            }
            return new Typed(n, UnitVector.TIME);
        }
        if (name.equals(SYNAPTIC_CURRENT)) {
            if (context != Context.EQUATION) {
                throw n.place().error(where + ": I_syn is only known inside the equations");
            }
            usesSynapticCurrent = true;
            return new Typed(n, UnitVector.CURRENT);
        }
        Optional<Unit> unit = Unit.find(name);
        if (unit.isPresent()) {
            Unit u = unit.get();
            return new Typed(new Expr.Num(u.dimension().toBase(u.toCanonical(1)), UnitVector.of(u.dimension()), n.place()), UnitVector.of(u.dimension()));
        }
        throw n.place().error(where + ": unknown identifier '" + name + "' (variables " + stateUnits.keySet() + ", parameters "
                + parameters.keySet() + (subexpressions.isEmpty() ? "" : ", subexpressions " + subexpressions.keySet()) + ", t, I_syn)");
    }

    /** A subexpression's right-hand side, checked against its declared unit, subexpressions in it substituted. */
    private Expr subexpression(String name, Expr.Place usedAt) {
        Expr done = resolvedSubexpressions.get(name);
        if (done != null) {
            return done;
        }
        Statement.Equation e = subexpressions.get(name);
        if (!resolving.add(name)) {
            throw usedAt.error("the subexpressions " + resolving + " refer to each other in a circle");
        }
        Typed rhs = type(e.rhs(), Context.EQUATION, name);
        requireShallow(rhs, name, e.place());
        if (terms(rhs.expr(), new java.util.IdentityHashMap<>()) > MAX_TERMS) {
            throw e.place().error("'" + name + "' expands to more than " + MAX_TERMS + " terms once the subexpressions in it are substituted");
        }
        requireUnit(rhs, e.unit(), name, "the right-hand side '" + shortText(e.rhs()) + "'", "but " + name + " is declared in " + e.unit(),
                e.rhs().place());
        resolving.remove(name);
        subexpressionDepths.put(name, rhs.depth());
        resolvedSubexpressions.put(name, rhs.expr());
        return rhs.expr();
    }

    /** The number of nodes of {@code e} as a tree, counting a shared subexpression each time it occurs (memoised). */
    static long terms(Expr e, java.util.Map<Expr, Long> memo) {
        Long known = memo.get(e);
        if (known != null) {
            return known;
        }
        long n = 1;
        if (e instanceof Expr.Negate g) {
            n += terms(g.operand(), memo);
        } else if (e instanceof Expr.Binary b) {
            n += terms(b.left(), memo) + terms(b.right(), memo);
        } else if (e instanceof Expr.Power p) {
            n += terms(p.base(), memo);
        } else if (e instanceof Expr.Call c) {
            for (Expr a : c.arguments()) {
                n += terms(a, memo);
            }
        }
        n = Math.min(n, Long.MAX_VALUE / 4);
        memo.put(e, n);
        return n;
    }

    private static void requireShallow(Typed t, String name, Expr.Place place) {
        if (t.depth() > MAX_RESOLVED_DEPTH) {
            throw place.error("'" + name + "' nests deeper than " + MAX_RESOLVED_DEPTH + " levels once the subexpressions in it are substituted");
        }
    }

    private void noteDivisors(Expr denominator) {
        if (denominator instanceof Expr.Name n && parameters.containsKey(n.name())) {
            divisors.add(n.name());
        } else if (denominator instanceof Expr.Binary b && (b.op() == '*' || b.op() == '/')) {
            noteDivisors(b.left());
            noteDivisors(b.right());
        }
    }

    private static void requireUnit(Typed t, UnitVector wanted, String where, String what, String need, Expr.Place place) {
        if (!t.unit().equals(wanted) && !isZero(t.expr())) {
            throw place.error(where + ": " + what + " has unit " + t.unit() + ", " + need);
        }
    }

    /** The common unit of two operands; a plain 0 fits any unit. */
    private static UnitVector requireSame(Typed a, Typed b, String where, String verb, Expr.Place place) {
        if (a.unit().equals(b.unit())) {
            return a.unit();
        }
        if (isZero(a.expr())) {
            return b.unit();
        }
        if (isZero(b.expr())) {
            return a.unit();
        }
        throw place.error(where + ": '" + shortText(a.expr()) + "' (" + a.unit() + ") and '" + shortText(b.expr()) + "' (" + b.unit()
                + ") cannot be " + verb + ": their units differ");
    }

    private static boolean isZero(Expr e) {
        return e instanceof Expr.Num n && n.value() == 0 && n.unit().dimensionless();
    }

    private boolean dependsOnState(Expr e) {
        for (String v : stateUnits.keySet()) {
            if (uses(e, v)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the name appears in the expression. */
    static boolean uses(Expr e, String name) {
        if (e instanceof Expr.Name n) {
            return n.name().equals(name);
        }
        if (e instanceof Expr.Negate n) {
            return uses(n.operand(), name);
        }
        if (e instanceof Expr.Binary b) {
            return uses(b.left(), name) || uses(b.right(), name);
        }
        if (e instanceof Expr.Power p) {
            return uses(p.base(), name);
        }
        if (e instanceof Expr.Call c) {
            return c.arguments().stream().anyMatch(a -> uses(a, name));
        }
        return false;
    }

    private static String shortText(Expr e) {
        String text = Printer.text(e);
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
