package org.ratenet.rate.dynamics;

import java.util.List;
import java.util.Set;

import org.ratenet.api.model.AbstractNeuronModel;
import org.ratenet.api.model.Level;
import org.ratenet.api.param.ParameterDef;
import org.ratenet.api.param.ParameterSchema;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.units.Dimension;

/** The neuron model {@code rate}: parameters tau, theta, gain, beta, r_max of {@link RateUnitParameters}. */
public final class RateNeuronModel extends AbstractNeuronModel<RateUnitParameters> {

    public static final String NAME = "rate";

    private static final ParameterSchema SCHEMA = ParameterSchema.of(
            ParameterDef.quantity("tau", Dimension.TIME, "time constant of the input").positive(),
            ParameterDef.quantity("theta", Dimension.CURRENT, "threshold").withDefault(0.0),
            ParameterDef.text("gain", List.of("threshold_linear", "sigmoid"), "gain function").withDefault("threshold_linear"),
            ParameterDef.quantity("beta", Dimension.RATE_PER_CURRENT, "slope of the gain at threshold").positive(),
            ParameterDef.quantity("r_max", Dimension.RATE, "sigmoid height or threshold-linear saturation (0: none)")
                    .nonNegative().withDefault(0.0));

    public RateNeuronModel() {
        super(NAME, RateUnitParameters.class, SCHEMA, Set.of(Level.RATE));
    }

    @Override
    public RateUnitParameters create(ParameterSet p) {
        return new RateUnitParameters(p.number("tau", Dimension.TIME), p.number("theta", Dimension.CURRENT), p.text("gain"),
                p.number("beta", Dimension.RATE_PER_CURRENT), p.number("r_max", Dimension.RATE));
    }
}
