package org.ratenet.api.neuron;

import java.util.Set;

import org.ratenet.api.model.Level;
import org.ratenet.api.model.AbstractNeuronModel;
import org.ratenet.api.param.ParameterDef;
import org.ratenet.api.param.ParameterSchema;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.units.Dimension;

/**
 * The leaky integrate-and-fire neuron ({@code lif}) with NEST's parameter names: tau_m, C_m, E_L,
 * V_th, V_reset, t_ref. Synapses (delta, exponential current or conductance) are a property of each
 * projection, not of the neuron. Evaluated by the spiking level and, for current synapses, by the mean field.
 */
public final class LifModel extends AbstractNeuronModel<LifParameters> {

    public static final String NAME = "lif";

    private static final ParameterSchema SCHEMA = ParameterSchema.of(
            ParameterDef.quantity("tau_m", Dimension.TIME, "membrane time constant").positive(),
            ParameterDef.quantity("C_m", Dimension.CAPACITANCE, "membrane capacitance").positive().withDefault(250.0),
            ParameterDef.quantity("E_L", Dimension.VOLTAGE, "resting potential").withDefault(0.0),
            ParameterDef.quantity("V_th", Dimension.VOLTAGE, "spike threshold"),
            ParameterDef.quantity("V_reset", Dimension.VOLTAGE, "reset potential"),
            ParameterDef.quantity("t_ref", Dimension.TIME, "absolute refractory period").nonNegative().withDefault(2.0));

    public LifModel() {
        super(NAME, LifParameters.class, SCHEMA, Set.of(Level.SPIKING, Level.MEANFIELD));
    }

    /** Brunel (2000): τ_m 20 ms, θ 20 mV, V_r 10 mV, t_ref 2 ms, E_L 0, C_m 250 pF. */
    @Override
    public ParameterSet exampleParameters() {
        return parameters().validate(ParameterSet.builder().put("tau_m", 20, org.ratenet.api.units.Unit.MS).put("V_th", 20, org.ratenet.api.units.Unit.MV)
                .put("V_reset", 10, org.ratenet.api.units.Unit.MV).build());
    }

    @Override
    public LifParameters create(ParameterSet p) {
        return new LifParameters(p.number("tau_m", Dimension.TIME), p.number("C_m", Dimension.CAPACITANCE),
                p.number("E_L", Dimension.VOLTAGE), p.number("V_th", Dimension.VOLTAGE),
                p.number("V_reset", Dimension.VOLTAGE), p.number("t_ref", Dimension.TIME));
    }
}
