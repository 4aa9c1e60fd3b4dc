package org.ratenet.plasticity;

import java.util.List;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;
import org.ratenet.api.model.Interval;
import org.ratenet.api.model.Kind;
import org.ratenet.api.param.ParameterDef;
import org.ratenet.api.param.ParameterSchema;
import org.ratenet.api.units.Dimension;

/** The built-in weight functions of the trace rule, as kinds that files name. */
public final class WeightFunctions {

    private WeightFunctions() {
    }

    private static final ParameterDef W_MIN = ParameterDef.quantity("w_min", Dimension.DIMENSIONLESS,
            "lower bound, in units of the synapse weight").withDefault(0.0);
    private static final ParameterDef W_MAX = ParameterDef.quantity("w_max", Dimension.DIMENSIONLESS,
            "upper bound, in units of the synapse weight");

    /**
     * {@code hebbian}: W = clip(ν_post ν_pre / ν_ref², w_min, w_max), the Hebbian product with hard bounds; equal to 1
     * (the nominal weight) when both neurons fire at ν_ref.
     */
    public static final Kind<WeightFunction> HEBBIAN = Kind.of("hebbian", ParameterSchema.of(
            ParameterDef.quantity("nu_ref", Dimension.RATE, "rate at which the product gives the nominal weight").positive(), W_MIN, W_MAX),
            p -> hebbian(p.number("nu_ref", Dimension.RATE), p.number("w_min", Dimension.DIMENSIONLESS), p.number("w_max", Dimension.DIMENSIONLESS)));

    /**
     * {@code saturating_hebbian}: W = w_min + (w_max − w_min) / (1 + e^{−(ν_post ν_pre − θ)/s}), a sigmoid of the
     * rate product with threshold θ (Hz²) and width s (Hz²).
     */
    public static final Kind<WeightFunction> SATURATING_HEBBIAN = Kind.of("saturating_hebbian", ParameterSchema.of(
            ParameterDef.quantity("theta", Dimension.DIMENSIONLESS, "rate product at the midpoint (Hz^2)").nonNegative(),
            ParameterDef.quantity("width", Dimension.DIMENSIONLESS, "rate product scale of the rise (Hz^2)").positive(), W_MIN, W_MAX),
            p -> saturatingHebbian(p.number("theta", Dimension.DIMENSIONLESS), p.number("width", Dimension.DIMENSIONLESS),
                    p.number("w_min", Dimension.DIMENSIONLESS), p.number("w_max", Dimension.DIMENSIONLESS)));

    public static List<Kind<WeightFunction>> all() {
        return List.of(HEBBIAN, SATURATING_HEBBIAN);
    }

    public static WeightFunction hebbian(double nuRefHz, double wMin, double wMax) {
        return new Hebbian(nuRefHz, wMin, wMax);
    }

    public static WeightFunction saturatingHebbian(double theta, double width, double wMin, double wMax) {
        return new SaturatingHebbian(theta, width, wMin, wMax);
    }

    /** W = clip(ν_post ν_pre / ν_ref², w_min, w_max). */
    record Hebbian(double nuRefHz, double wMin, double wMax) implements WeightFunction {
        Hebbian {
            Require.positive("nu_ref", nuRefHz, "Hz");
            checkBounds(wMin, wMax);
        }

        @Override
        public double factor(double postRateHz, double preRateHz) {
            return Math.min(wMax, Math.max(wMin, postRateHz * preRateHz / (nuRefHz * nuRefHz)));
        }

        @Override
        public Interval bounds() {
            return Interval.closed(wMin, wMax);
        }
    }

    /** W = w_min + (w_max − w_min) / (1 + e^{−(ν_post ν_pre − θ)/s}). */
    record SaturatingHebbian(double theta, double width, double wMin, double wMax) implements WeightFunction {
        SaturatingHebbian {
            Require.nonNegative("theta", theta, "Hz^2");
            Require.positive("width", width, "Hz^2");
            checkBounds(wMin, wMax);
        }

        @Override
        public double factor(double postRateHz, double preRateHz) {
            return wMin + (wMax - wMin) / (1 + Math.exp(-(postRateHz * preRateHz - theta) / width));
        }

        @Override
        public Interval bounds() {
            return Interval.closed(wMin, wMax);
        }
    }

    /** Rejects w_min > w_max (and non-finite bounds) by name. */
    static void checkBounds(double wMin, double wMax) {
        if (!Double.isFinite(wMin)) {
            throw new InvalidParameterException("w_min", wMin, "a finite number");
        }
        if (!Double.isFinite(wMax) || wMax < wMin) {
            throw new InvalidParameterException("w_max", wMax, ">= w_min = " + wMin);
        }
    }
}
