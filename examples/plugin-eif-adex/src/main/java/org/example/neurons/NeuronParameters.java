package org.example.neurons;

import org.ratenet.api.param.ParameterDef;
import org.ratenet.api.param.ParameterSchema;
import org.ratenet.api.units.Dimension;

/** The parameter schemas of the {@code eif} and {@code adex} models, with their defaults. */
final class NeuronParameters {

    private NeuronParameters() {
    }

    private static final ParameterDef[] EIF_DEFS = {
        ParameterDef.quantity("C_m", Dimension.CAPACITANCE, "membrane capacitance").positive().withDefault(200.0),
        ParameterDef.quantity("g_L", Dimension.CONDUCTANCE, "leak conductance").positive().withDefault(10.0),
        ParameterDef.quantity("E_L", Dimension.VOLTAGE, "leak reversal potential").withDefault(-65.0),
        ParameterDef.quantity("V_T", Dimension.VOLTAGE, "threshold of the exponential term").withDefault(-50.0),
        ParameterDef.quantity("Delta_T", Dimension.VOLTAGE, "slope factor").positive().withDefault(2.0),
        ParameterDef.quantity("V_peak", Dimension.VOLTAGE, "spike cut-off").withDefault(-40.0),
        ParameterDef.quantity("V_reset", Dimension.VOLTAGE, "reset potential").withDefault(-60.0),
        ParameterDef.quantity("t_ref", Dimension.TIME, "absolute refractory period").nonNegative().withDefault(2.0),
    };

    static final ParameterSchema EIF = ParameterSchema.of(EIF_DEFS);

    static final ParameterSchema ADEX = ParameterSchema.of(concat(EIF_DEFS,
        ParameterDef.quantity("a", Dimension.CONDUCTANCE, "subthreshold adaptation").nonNegative().withDefault(2.0),
        ParameterDef.quantity("b", Dimension.CURRENT, "spike-triggered adaptation").nonNegative().withDefault(20.0),
        ParameterDef.quantity("tau_w", Dimension.TIME, "adaptation time constant").positive().withDefault(100.0)));

    private static ParameterDef[] concat(ParameterDef[] first, ParameterDef... more) {
        ParameterDef[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
