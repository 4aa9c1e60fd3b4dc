package org.ratenet.examples.qif;

import java.util.Set;

import org.ratenet.api.dynamics.PopulationContext;
import org.ratenet.api.dynamics.PopulationDynamics;
import org.ratenet.api.dynamics.SpikingNeuronModel;
import org.ratenet.api.model.AbstractNeuronModel;
import org.ratenet.api.model.Level;
import org.ratenet.api.param.ParameterDef;
import org.ratenet.api.param.ParameterSchema;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.units.Dimension;

/** The {@code qif} neuron model: its parameters (see {@link QifParameters}) and its spiking dynamics ({@link QifDynamics}). */
public final class QuadraticIntegrateAndFire extends AbstractNeuronModel<QifParameters> implements SpikingNeuronModel<QifParameters> {

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
        super(NAME, QifParameters.class, SCHEMA, Set.of(Level.SPIKING));
    }

    @Override
    public QifParameters create(ParameterSet p) {
        return new QifParameters(p.number("tau_m", Dimension.TIME), p.number("C_m", Dimension.CAPACITANCE), p.number("E_L", Dimension.VOLTAGE),
                p.number("V_c", Dimension.VOLTAGE), p.number("V_peak", Dimension.VOLTAGE), p.number("V_reset", Dimension.VOLTAGE),
                p.number("t_ref", Dimension.TIME));
    }

    @Override
    public PopulationDynamics dynamics(QifParameters parameters, PopulationContext context) {
        return new QifDynamics(parameters, context);
    }
}
