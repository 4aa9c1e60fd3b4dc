package org.ratenet.equations;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ratenet.api.error.Require;
import org.ratenet.api.model.Level;
import org.ratenet.api.model.TransferFunction;
import org.ratenet.api.neuron.FirstPassageRate;

/**
 * An equation model with one state variable, the membrane V: dV/dt = F(V) + I_syn/C_m, threshold {@code V > θ}, reset
 * {@code V = V_r}, refractory period τ_ref. Its transfer function under white noise is exact: the mean first-passage
 * rate of dV/dt = F(V) + m + √s ξ from V_r to θ ({@link FirstPassageRate}; Gardiner, Handbook of Stochastic Methods,
 * eq. 5.2.158), so the mean-field levels and the {@code meanfield-spiking} suite apply to it without further code.
 */
final class OneDimensionalEquationModel extends EquationModel implements TransferFunction<EquationParameters> {

    /** Grid cells of the first-passage quadrature (relative error about 1e-6). */
    private static final int CELLS = 4000;

    /** What the transfer function needs: θ, V_r and 1/C_m as expressions of parameters, and F(V). */
    record Form(Expr threshold, Expr reset, Expr inverseCapacitance, Expr drift) {
    }

    private final Evaluator.Compiled threshold;
    private final Evaluator.Compiled reset;
    private final Evaluator.Compiled inverseCapacitance;
    private final Evaluator.Compiled drift;
    private final int voltageSlot;

    OneDimensionalEquationModel(ModelDefinition definition, CheckedModel checked, Form form) {
        super(definition, checked, Set.of(Level.SPIKING, Level.MEANFIELD));
        Map<String, Integer> slots = checked.parameterSlots();
        this.voltageSlot = slots.size();
        slots.put(checked.variables().get(0), voltageSlot);
        slots.put(Discretization.INPUT_CURRENT, voltageSlot + 1);
        Evaluator evaluator = new Evaluator(slots, () -> 0);
        this.threshold = evaluator.compile(form.threshold());
        this.reset = evaluator.compile(form.reset());
        this.inverseCapacitance = evaluator.compile(form.inverseCapacitance());
        this.drift = evaluator.compile(form.drift());
    }

    /** The form if the model has one, empty otherwise ({@link #whyNot} says why). */
    static Optional<Form> analyse(CheckedModel m) {
        return whyNot(m).isPresent() ? Optional.empty() : Optional.of(form(m));
    }

    /** Why the model has no automatic transfer function, empty if it has one. */
    static Optional<String> whyNot(CheckedModel m) {
        if (m.size() != 1) {
            return Optional.of("model '" + m.name() + "' has " + m.size() + " state variables " + m.variables()
                    + "; a transfer function by first passage needs one (the membrane V)");
        }
        String v = m.variables().get(0);
        if (m.membrane().isEmpty()) {
            return Optional.of("model '" + m.name() + "' has no membrane variable in mV");
        }
        Expr derivative = Discretization.substituteInput(m.derivatives().get(0), new InputShape(false, false), m.membrane());
        if (Checker.uses(derivative, Checker.TIME)) {
            return Optional.of("d" + v + "/dt depends on t, so the model has no stationary rate");
        }
        Optional<Affine> inInput = Affine.of(derivative, Set.of(Discretization.INPUT_CURRENT));
        if (inInput.isEmpty() || inInput.get().coefficient(Discretization.INPUT_CURRENT).isEmpty()
                || Affine.usesAny(inInput.get().coefficient(Discretization.INPUT_CURRENT).get(), Set.of(v))) {
            return Optional.of("d" + v + "/dt is not of the form F(" + v + ") + I_syn/C_m with a constant C_m");
        }
        Statement.Condition t = m.threshold();
        boolean upward = isVariable(t.left(), v) && (t.op().startsWith(">")) && !Checker.uses(t.right(), v)
                || isVariable(t.right(), v) && t.op().startsWith("<") && !Checker.uses(t.left(), v);
        if (!upward) {
            return Optional.of("the threshold is not of the form '" + v + " > constant'");
        }
        if (m.reset().size() != 1 || !m.reset().get(0).op().equals("=") || Checker.uses(m.reset().get(0).value(), v)) {
            return Optional.of("the reset is not of the form '" + v + " = constant'");
        }
        return Optional.empty();
    }

    private static Form form(CheckedModel m) {
        String v = m.variables().get(0);
        Expr derivative = Discretization.substituteInput(m.derivatives().get(0), new InputShape(false, false), m.membrane());
        Statement.Condition t = m.threshold();
        Expr threshold = isVariable(t.left(), v) ? t.right() : t.left();
        Expr coefficient = Affine.of(derivative, Set.of(Discretization.INPUT_CURRENT)).orElseThrow()
                .coefficient(Discretization.INPUT_CURRENT).orElseThrow();
        return new Form(threshold, m.reset().get(0).value(), coefficient, derivative);
    }

    private static boolean isVariable(Expr e, String v) {
        return e instanceof Expr.Name n && n.name().equals(v);
    }

    /** F(V) + m (mV/ms) with no synaptic input, into a reusable slot array. */
    private double drift(double[] slots, double v, double m) {
        slots[voltageSlot] = v;
        return drift.at(slots) + m;
    }

    private double[] slots(EquationParameters p) {
        double[] base = p.baseValues();
        double[] slots = java.util.Arrays.copyOf(base, base.length + 2);
        slots[voltageSlot + 1] = 0;
        return slots;
    }

    @Override
    public double rateHz(EquationParameters p, double driftMvPerMs, double diffusionMv2PerMs) {
        Require.nonNegative("s (input variance rate)", diffusionMv2PerMs, "mV²/ms");
        double[] slots = slots(p);
        double theta = threshold.at(slots);
        double vr = reset.at(slots);
        double tref = refractoryMs(p.baseValues());
        if (!(vr < theta)) {
            throw new org.ratenet.api.error.InvalidParameterException("reset of model '" + name() + "'", vr + " mV", "below the threshold " + theta + " mV");
        }
        if (diffusionMv2PerMs > 0) {
            return new FirstPassageRate(x -> drift(slots, x, driftMvPerMs), vr, theta, tref, CELLS).rateHz(diffusionMv2PerMs);
        }
        double h = (theta - vr) / CELLS; // without noise: T = ∫ dV / (F(V) + m), infinite if the drift stops below θ
        double time = 0;
        for (int c = 0; c < CELLS; c++) {
            double a = drift(slots, vr + (c + 0.5) * h, driftMvPerMs);
            if (!(a > 0)) {
                return 0;
            }
            time += h / a;
        }
        return 1000 / (tref + time);
    }

    @Override
    public String description() {
        return "first-passage rate of equation model '" + name() + "' under white noise (Gardiner, eq. 5.2.158)";
    }

    @Override
    public double capacitancePf(EquationParameters p) {
        return 1 / inverseCapacitance.at(slots(p));
    }

    /** −1/F'(V) at the reset, by central differences; NaN where F does not restore. */
    @Override
    public double membraneTimeConstantMs(EquationParameters p) {
        double[] slots = slots(p);
        double vr = reset.at(slots);
        double slope = (drift(slots, vr + 1e-3, 0) - drift(slots, vr - 1e-3, 0)) / 2e-3;
        return slope < 0 ? -1 / slope : Double.NaN;
    }

    @Override
    public double resetToThresholdMv(EquationParameters p) {
        double[] slots = slots(p);
        return threshold.at(slots) - reset.at(slots);
    }

    @Override
    public double refractoryMs(EquationParameters p) {
        return refractoryMs(p.baseValues());
    }
}
