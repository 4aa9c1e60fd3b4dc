package org.ratenet.rate.gain;

import java.util.List;

import org.ratenet.api.model.GainFunction;
import org.ratenet.api.model.Kind;
import org.ratenet.api.param.ParameterDef;
import org.ratenet.api.param.ParameterSchema;
import org.ratenet.api.units.Dimension;

/**
 * The gain kinds files name, both with {@code beta} the slope at threshold in Hz/pA (as the conductance
 * level writes its gains): {@code threshold_linear} (optional saturation {@code r_max} in Hz, 0 for none) and
 * {@code sigmoid} ({@code r_max} in Hz, default 1 Hz, the lecture's unit-height sigmoid).
 */
public final class GainKinds {

    public static final Kind<GainFunction> THRESHOLD_LINEAR = Kind.of(ThresholdLinearGain.NAME,
            ParameterSchema.of(ParameterDef.quantity("beta", Dimension.RATE_PER_CURRENT, "slope").positive(),
                    ParameterDef.quantity("r_max", Dimension.RATE, "saturation rate, 0 for none").nonNegative().withDefault(0.0)),
            p -> new ThresholdLinearGain(p.number("beta", Dimension.RATE_PER_CURRENT), p.number("r_max", Dimension.RATE)));

    public static final Kind<GainFunction> SIGMOID = Kind.of(SigmoidGain.NAME,
            ParameterSchema.of(ParameterDef.quantity("beta", Dimension.RATE_PER_CURRENT, "slope at threshold").positive(),
                    ParameterDef.quantity("r_max", Dimension.RATE, "maximal rate").positive().withDefault(1.0)),
            p -> new SigmoidGain(p.number("beta", Dimension.RATE_PER_CURRENT), p.number("r_max", Dimension.RATE)));

    private GainKinds() {
    }

    public static List<Kind<GainFunction>> all() {
        return List.of(THRESHOLD_LINEAR, SIGMOID);
    }
}
