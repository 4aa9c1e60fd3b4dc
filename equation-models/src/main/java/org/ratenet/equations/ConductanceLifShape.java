package org.ratenet.equations;

import java.util.Optional;
import java.util.Set;

/**
 * Recognises an equation model that is a leaky integrate-and-fire membrane with conductance synapses, so that its
 * populations can run the vectorised {@link org.ratenet.api.dynamics.ConductanceMembranePass} and
 * {@link org.ratenet.api.dynamics.ThresholdPass} instead of generated scalar code: one variable V with
 * dV/dt = (b₀ + b₁ Σg) V + a₀ + a₂ I + a₁ Σg E where a₁ = −b₁ (the conductances enter as Σ g (E − V)/C), none of the
 * coefficients varying in time; the threshold {@code V >= θ} and the reset {@code V = V_reset} with θ and V_reset
 * constants; integrated by exponential Euler (the frozen-conductance step the passes take) with conductance channels
 * only. Then C = −1/b₁, g_L = b₀/b₁ and the step V ← V e^{−y} + (dt/C) D φ(y) is the model's own exponential Euler
 * step, up to rounding.
 */
record ConductanceLifShape(double leakNs, double leakDriveWithoutCurrent, double currentFactor, double dtOverCPerMs, double thresholdMv,
                           double resetMv) {

    /** g_L E_L + I·(a₂ C): the leak's drive with the population's constant current (nS·mV). */
    double leakDrive(double currentPa) {
        return leakDriveWithoutCurrent + currentFactor * currentPa;
    }

    /** The coefficients for these parameter values (base units), when the model and the input have the shape. */
    static Optional<ConductanceLifShape> of(CheckedModel m, Discretization d, double[] parameters) {
        if (m.size() != 1 || m.membraneIndex() != 0 || d.method != IntegrationMethod.EXPONENTIAL_EULER || !d.shape.conductances()
                || d.ownLinear.isEmpty()) {
            return Optional.empty();
        }
        String v = m.variables().get(0);
        Affine own = d.ownLinear.get(0);
        Optional<Expr> slope = own.coefficient(v);
        if (slope.isEmpty() || own.constant() == null) {
            return Optional.empty();
        }
        Optional<Affine> b = Affine.of(slope.get(), Set.of(Discretization.INPUT_CONDUCTANCE));
        Optional<Affine> a = Affine.of(own.constant(), Set.of(Discretization.INPUT_DRIVEN, Discretization.INPUT_CURRENT));
        Set<String> varying = Set.of(Checker.TIME, Discretization.INPUT_CONDUCTANCE, Discretization.INPUT_DRIVEN, Discretization.INPUT_CURRENT, v);
        if (b.isEmpty() || a.isEmpty() || !constant(b.get(), varying) || !constant(a.get(), varying)) {
            return Optional.empty();
        }
        Evaluator evaluator = new Evaluator(m.parameterSlots(), () -> {
            throw new IllegalStateException("rand() in a coefficient");
        });
        double b0 = value(evaluator, b.get().constant(), parameters);
        double b1 = value(evaluator, b.get().coefficient(Discretization.INPUT_CONDUCTANCE).orElse(null), parameters);
        double a0 = value(evaluator, a.get().constant(), parameters);
        double a1 = value(evaluator, a.get().coefficient(Discretization.INPUT_DRIVEN).orElse(null), parameters);
        double a2 = value(evaluator, a.get().coefficient(Discretization.INPUT_CURRENT).orElse(null), parameters);
        if (!(b1 < 0) || Math.abs(a1 + b1) > 1e-12 * Math.abs(b1) || !(b0 <= 0) || !Double.isFinite(a0) || !Double.isFinite(a2)) {
            return Optional.empty();
        }
        Statement.Condition threshold = m.threshold();
        if (!(threshold.left() instanceof Expr.Name left) || !left.name().equals(v) || !threshold.op().equals(">=")
                || Affine.usesAny(threshold.right(), varying) || m.reset().size() != 1 || !m.reset().get(0).target().equals(v)
                || !m.reset().get(0).op().equals("=") || Affine.usesAny(m.reset().get(0).value(), varying)) {
            return Optional.empty();
        }
        double theta = value(evaluator, threshold.right(), parameters);
        double reset = value(evaluator, m.reset().get(0).value(), parameters);
        if (!(reset < theta)) {
            return Optional.empty();
        }
        return Optional.of(new ConductanceLifShape(b0 / b1, -a0 / b1, -a2 / b1, -b1, theta, reset));
    }

    private static boolean constant(Affine a, Set<String> varying) {
        return (a.constant() == null || !Affine.usesAny(a.constant(), varying))
                && a.coefficients().values().stream().noneMatch(c -> Affine.usesAny(c, varying));
    }

    private static double value(Evaluator evaluator, Expr e, double[] parameters) {
        return e == null ? 0 : evaluator.compile(e).at(parameters);
    }
}
