package org.ratenet.examples.qif;

import java.util.Set;

import org.ratenet.api.dynamics.PopulationContext;
import org.ratenet.api.dynamics.PopulationDynamics;
import org.ratenet.api.dynamics.SpikingNeuronModel;
import org.ratenet.api.model.AbstractNeuronModel;
import org.ratenet.api.model.Level;
import org.ratenet.api.model.TransferFunction;
import org.ratenet.api.param.ParameterDef;
import org.ratenet.api.param.ParameterSchema;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.units.Dimension;
import org.ratenet.api.units.Unit;
import org.ratenet.api.neuron.FirstPassageRate;

/**
 * The {@code qif} neuron model: its parameters (see {@link QifParameters}), its spiking dynamics ({@link QifDynamics})
 * and its transfer function under white noise, computed numerically as a mean first-passage time from V_reset to V_peak
 * ({@link FirstPassageRate}; the QIF has no closed form with a finite cut-off and reset).
 */
public final class QuadraticIntegrateAndFire extends AbstractNeuronModel<QifParameters>
        implements SpikingNeuronModel<QifParameters>, TransferFunction<QifParameters> {

    public static final String NAME = "qif";

    private static final ParameterSchema SCHEMA = ParameterSchema.of(
            ParameterDef.quantity("tau_m", Dimension.TIME, "membrane time constant").positive(),
            ParameterDef.quantity("C_m", Dimension.CAPACITANCE, "membrane capacitance").positive().withDefault(250.0),
            ParameterDef.quantity("E_L", Dimension.VOLTAGE, "resting potential").withDefault(0.0),
            ParameterDef.quantity("V_c", Dimension.VOLTAGE, "critical voltage (soft threshold)"),
            ParameterDef.quantity("V_peak", Dimension.VOLTAGE, "spike cut-off"),
            ParameterDef.quantity("V_reset", Dimension.VOLTAGE, "reset potential"),
            ParameterDef.quantity("t_ref", Dimension.TIME, "absolute refractory period").nonNegative().withDefault(2.0));

    public QuadraticIntegrateAndFire() {
        super(NAME, QifParameters.class, SCHEMA, Set.of(Level.SPIKING, Level.MEANFIELD));
    }

    /** τ_m 10 ms, E_L −65 mV, V_c −50 mV, V_peak 0 mV, V_reset −70 mV, t_ref 2 ms. */
    @Override
    public ParameterSet exampleParameters() {
        return parameters().validate(ParameterSet.builder().put("tau_m", 10, Unit.MS).put("E_L", -65, Unit.MV).put("V_c", -50, Unit.MV)
                .put("V_peak", 0, Unit.MV).put("V_reset", -70, Unit.MV).put("t_ref", 2, Unit.MS).build());
    }

    @Override
    public QifParameters create(ParameterSet p) {
        return new QifParameters(p.number("tau_m", Dimension.TIME), p.number("C_m", Dimension.CAPACITANCE), p.number("E_L", Dimension.VOLTAGE),
                p.number("V_c", Dimension.VOLTAGE), p.number("V_peak", Dimension.VOLTAGE), p.number("V_reset", Dimension.VOLTAGE),
                p.number("t_ref", Dimension.TIME));
    }

    /** ν(m, s) of dV/dt = F(V)/τ_m + m + √s ξ, with F the quadratic term of {@link QifParameters#derivative}. */
    @Override
    public double rateHz(QifParameters p, double driftMvPerMs, double diffusionMv2PerMs) {
        return new FirstPassageRate(v -> p.derivative(v, 0) + driftMvPerMs, p.resetMv(), p.peakMv(), p.refractoryMs(), 4000)
                .rateHz(diffusionMv2PerMs);
    }

    @Override
    public PopulationDynamics dynamics(QifParameters parameters, PopulationContext context) {
        return new QifDynamics(parameters, context);
    }
}
