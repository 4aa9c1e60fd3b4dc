package org.ratenet.equations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How an equation model is stepped for an input shape: the method (given, or chosen from the equations as Brian2
 * does: exact if linear with constant coefficients, else exponential Euler if each equation is linear in its own
 * variable, else RK4), the right-hand sides with I_syn written out, and for the exact method the pattern of the
 * propagators' non-zero entries.
 */
final class Discretization {

    /** The input names after I_syn is written out: the current (pA), the conductance Σ g (nS) and Σ g E (nS·mV). */
    static final String INPUT_CURRENT = "$Ic";
    static final String INPUT_CONDUCTANCE = "$Gs";
    static final String INPUT_DRIVEN = "$Ge";

    /** One constant of the exact propagator: entry (row, column) of P or Q, free or with the membrane held. */
    record Entry(boolean held, boolean input, int row, int column) {
    }

    final CheckedModel model;
    final InputShape shape;
    final IntegrationMethod method;
    final List<Expr> derivatives;
    /** For the exact method: the affine form of each derivative in the state and I_current. */
    final List<Affine> linear;
    /** For the exponential Euler method: each derivative's affine form in its own variable. */
    final List<Affine> ownLinear;
    /** The propagator entries that are not zero by structure, in the order of the generated constants. */
    final List<Entry> entries;

    private Discretization(CheckedModel model, InputShape shape, IntegrationMethod method, List<Expr> derivatives, List<Affine> linear,
                           List<Affine> ownLinear) {
        this.model = model;
        this.shape = shape;
        this.method = method;
        this.derivatives = derivatives;
        this.linear = linear;
        this.ownLinear = ownLinear;
        this.entries = method == IntegrationMethod.EXACT ? entries() : List.of();
    }

    static Discretization of(CheckedModel model, InputShape shape) {
        List<Expr> derivatives = new ArrayList<>();
        for (Expr d : model.derivatives()) {
            derivatives.add(substituteInput(d, shape, model.membrane()));
        }
        Set<String> state = new LinkedHashSet<>(model.variables());
        Set<String> stateAndCurrent = new LinkedHashSet<>(state);
        stateAndCurrent.add(INPUT_CURRENT);
        List<Affine> linear = new ArrayList<>();
        String notLinear = null;
        for (int k = 0; k < derivatives.size() && notLinear == null; k++) {
            Optional<Affine> a = Affine.of(derivatives.get(k), stateAndCurrent);
            if (a.isEmpty()) {
                notLinear = model.labels().get(k) + " is not linear in " + state;
            } else if (!constantCoefficients(a.get())) {
                notLinear = model.labels().get(k) + " has coefficients that vary in time"
                        + (shape.conductances() ? " (conductance synapses make the leak of " + model.membrane().orElse("V") + " vary)" : "");
            } else {
                linear.add(a.get());
            }
        }
        List<Affine> ownLinear = new ArrayList<>();
        String notConditionallyLinear = null;
        for (int k = 0; k < derivatives.size() && notConditionallyLinear == null; k++) {
            Optional<Affine> a = Affine.of(derivatives.get(k), Set.of(model.variables().get(k)));
            if (a.isEmpty()) {
                notConditionallyLinear = model.labels().get(k) + " is not linear in " + model.variables().get(k);
            } else {
                ownLinear.add(a.get());
            }
        }
        IntegrationMethod method;
        if (model.method().isPresent()) {
            method = model.method().get();
            if (method == IntegrationMethod.EXACT && notLinear != null) {
                throw new EquationException("method", 1, 1, "'exact' needs linear equations with constant coefficients, but " + notLinear);
            }
            if (method == IntegrationMethod.EXPONENTIAL_EULER && notConditionallyLinear != null) {
                throw new EquationException("method", 1, 1, "'exponential_euler' needs each equation linear in its own variable, but "
                        + notConditionallyLinear);
            }
        } else {
            method = notLinear == null ? IntegrationMethod.EXACT : notConditionallyLinear == null ? IntegrationMethod.EXPONENTIAL_EULER
                    : IntegrationMethod.RK4;
        }
        return new Discretization(model, shape, method, List.copyOf(derivatives), notLinear == null ? List.copyOf(linear) : List.of(),
                notConditionallyLinear == null ? List.copyOf(ownLinear) : List.of());
    }

    /** I_syn written out for the shape: I_current, plus Σ g E − Σ g · V with conductance synapses. */
    static Expr substituteInput(Expr e, InputShape shape, Optional<String> membrane) {
        if (e instanceof Expr.Name n) {
            if (!n.name().equals(Checker.SYNAPTIC_CURRENT)) {
                return n;
            }
            Expr.Place at = n.place();
            Expr current = new Expr.Name(INPUT_CURRENT, at);
            if (!shape.conductances()) {
                return current;
            }
            Expr v = new Expr.Name(membrane.orElseThrow(), at);
            return new Expr.Binary('-', new Expr.Binary('+', current, new Expr.Name(INPUT_DRIVEN, at), at),
                    new Expr.Binary('*', new Expr.Name(INPUT_CONDUCTANCE, at), v, at), at);
        }
        if (e instanceof Expr.Negate n) {
            return new Expr.Negate(substituteInput(n.operand(), shape, membrane), n.place());
        }
        if (e instanceof Expr.Binary b) {
            return new Expr.Binary(b.op(), substituteInput(b.left(), shape, membrane), substituteInput(b.right(), shape, membrane), b.place());
        }
        if (e instanceof Expr.Power p) {
            return new Expr.Power(substituteInput(p.base(), shape, membrane), p.exponent(), p.place());
        }
        if (e instanceof Expr.Call c) {
            return new Expr.Call(c.function(), c.arguments().stream().map(a -> substituteInput(a, shape, membrane)).toList(), c.place());
        }
        return e;
    }

    private static boolean constantCoefficients(Affine a) {
        Set<String> varying = Set.of(Checker.TIME, INPUT_CONDUCTANCE, INPUT_DRIVEN);
        if (a.constant() != null && Affine.usesAny(a.constant(), varying)) {
            return false;
        }
        return a.coefficients().values().stream().noneMatch(c -> Affine.usesAny(c, varying));
    }

    /** Whether row k of A (or of the held system) has a term in variable j. */
    private boolean couples(boolean held, int k, int j) {
        return !(held && k == model.membraneIndex()) && linear.get(k).coefficient(model.variables().get(j)).isPresent();
    }

    /** Whether row k of B has input u (0: the constant, 1: I_current). */
    private boolean driven(boolean held, int k, int u) {
        if (held && k == model.membraneIndex()) {
            return false;
        }
        Affine a = linear.get(k);
        return u == 0 ? a.constant() != null : a.coefficient(INPUT_CURRENT).isPresent();
    }

    /** The entries of P = e^{A dt} and Q that can be non-zero: (k, j) with j reachable from k; free, then held. */
    private List<Entry> entries() {
        int n = model.size();
        List<Entry> out = new ArrayList<>();
        boolean[] variants = model.membraneIndex() >= 0 && model.refractory().isPresent() ? new boolean[] {false, true} : new boolean[] {false};
        for (boolean held : variants) {
            boolean[][] reach = new boolean[n][n];
            for (int k = 0; k < n; k++) {
                reach[k][k] = true;
                for (int j = 0; j < n; j++) {
                    reach[k][j] |= couples(held, k, j);
                }
            }
            for (int m = 0; m < n; m++) { // transitive closure (Warshall)
                for (int k = 0; k < n; k++) {
                    for (int j = 0; j < n; j++) {
                        reach[k][j] |= reach[k][m] && reach[m][j];
                    }
                }
            }
            for (int k = 0; k < n; k++) {
                for (int j = 0; j < n; j++) {
                    if (reach[k][j] && !(held && k == model.membraneIndex())) { // a held membrane keeps its value
                        out.add(new Entry(held, false, k, j));
                    }
                }
                for (int u = 0; u < 2; u++) {
                    boolean any = false;
                    for (int j = 0; j < n; j++) {
                        any |= reach[k][j] && driven(held, j, u);
                    }
                    if (any) {
                        out.add(new Entry(held, true, k, u));
                    }
                }
            }
        }
        return List.copyOf(out);
    }
}
