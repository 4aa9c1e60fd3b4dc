package org.ratenet.conductance;

import java.util.Set;

import org.ratenet.api.model.Level;
import org.ratenet.api.model.AbstractNeuronModel;
import org.ratenet.api.param.ParameterDef;
import org.ratenet.api.param.ParameterSchema;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.units.Dimension;

/**
 * The neuron model {@code conductance_rate}: a conductance-based cell summarised by its f–I curve
 * (Kleinfeld 11.2–11.7). Parameters C_m, g_L, V_leak, v_theta, I_theta, gain, beta, r_max; see
 * {@link CellParameters}.
 */
public final class ConductanceCellModel extends AbstractNeuronModel<CellParameters> {

    public static final String NAME = "conductance_rate";

    private static final ParameterSchema SCHEMA = ParameterSchema.of(
            ParameterDef.quantity("C_m", Dimension.CAPACITANCE, "membrane capacitance").positive(),
            ParameterDef.quantity("g_L", Dimension.CONDUCTANCE, "resting leak conductance g_L°").positive(),
            ParameterDef.quantity("V_leak", Dimension.VOLTAGE, "leak reversal potential"),
            ParameterDef.quantity("v_theta", Dimension.VOLTAGE, "threshold shift per unit conductance v_θ"),
            ParameterDef.quantity("I_theta", Dimension.CURRENT, "threshold current at rest I_θ°"),
            ParameterDef.text("gain", CellParameters.GAINS, "gain function").withDefault(CellParameters.THRESHOLD_LINEAR),
            ParameterDef.quantity("beta", Dimension.RATE_PER_CURRENT, "conversion gain β").positive(),
            ParameterDef.quantity("r_max", Dimension.RATE, "maximal rate of a sigmoid gain").nonNegative().withDefault(0.0));

    public ConductanceCellModel() {
        super(NAME, CellParameters.class, SCHEMA, Set.of(Level.CONDUCTANCE, Level.RATE));
    }

    @Override
    public CellParameters create(ParameterSet p) {
        return new CellParameters(p.number("C_m", Dimension.CAPACITANCE), p.number("g_L", Dimension.CONDUCTANCE),
                p.number("V_leak", Dimension.VOLTAGE), p.number("v_theta", Dimension.VOLTAGE),
                p.number("I_theta", Dimension.CURRENT), p.text("gain"), p.number("beta", Dimension.RATE_PER_CURRENT),
                p.number("r_max", Dimension.RATE));
    }
}
