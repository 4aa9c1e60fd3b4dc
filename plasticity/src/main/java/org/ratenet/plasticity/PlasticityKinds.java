package org.ratenet.plasticity;

import java.util.List;

import org.ratenet.api.model.Kind;
import org.ratenet.api.model.PlasticityRule;
import org.ratenet.api.param.ParameterDef;
import org.ratenet.api.param.ParameterSchema;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.units.Dimension;

/**
 * The built-in rules with fixed parameters, as kinds that files name ({@code trace} is {@link TraceRuleKind}, whose
 * parameters depend on the registered weight functions). Amplitudes and bounds are in units of the projection's nominal
 * weight; time constants in ms.
 */
public final class PlasticityKinds {

    private PlasticityKinds() {
    }

    private static final ParameterDef W_MIN = ParameterDef.quantity("w_min", Dimension.DIMENSIONLESS,
            "lower bound, in units of the synapse weight").withDefault(0.0);
    private static final ParameterDef W_MAX = ParameterDef.quantity("w_max", Dimension.DIMENSIONLESS,
            "upper bound, in units of the synapse weight");

    private static ParameterDef amplitude(String name, String description) {
        return ParameterDef.quantity(name, Dimension.DIMENSIONLESS, description + ", in units of the synapse weight").nonNegative();
    }

    private static ParameterDef time(String name, double defaultMs, String description) {
        ParameterDef d = ParameterDef.quantity(name, Dimension.TIME, description).positive();
        return Double.isNaN(defaultMs) ? d : d.withDefault(defaultMs);
    }

    /** {@code stdp}: pair-based STDP, see {@link PairStdp}. */
    public static final Kind<PlasticityRule> STDP = Kind.of(PairStdp.NAME, ParameterSchema.of(
            amplitude("A_plus", "potentiation per pair"), amplitude("A_minus", "depression per pair"),
            time("tau_plus", 20, "presynaptic trace time constant"), time("tau_minus", 20, "postsynaptic trace time constant"),
            W_MIN, W_MAX,
            ParameterDef.text("weight_dependence", PairStdp.WEIGHT_DEPENDENCES, "additive or multiplicative (soft bounds)").withDefault("additive"),
            ParameterDef.text("pairing", PairStdp.PAIRINGS, "all_to_all or nearest").withDefault("all_to_all")),
            p -> new PairStdp(p.number("A_plus", Dimension.DIMENSIONLESS), p.number("A_minus", Dimension.DIMENSIONLESS),
                    p.number("tau_plus", Dimension.TIME), p.number("tau_minus", Dimension.TIME), p.number("w_min", Dimension.DIMENSIONLESS),
                    p.number("w_max", Dimension.DIMENSIONLESS), p.text("weight_dependence"), p.text("pairing")));

    /** {@code stdp_triplet}: all-to-all triplet STDP, see {@link TripletStdp}; time constants default to the visual-cortex fit. */
    public static final Kind<PlasticityRule> STDP_TRIPLET = Kind.of(TripletStdp.NAME, ParameterSchema.of(
            amplitude("A2_plus", "pair potentiation"), amplitude("A3_plus", "triplet potentiation"),
            amplitude("A2_minus", "pair depression"), amplitude("A3_minus", "triplet depression"),
            time("tau_plus", 16.8, "r1 time constant"), time("tau_minus", 33.7, "o1 time constant"),
            time("tau_x", 101, "r2 time constant"), time("tau_y", 125, "o2 time constant"), W_MIN, W_MAX),
            p -> new TripletStdp(p.number("A2_plus", Dimension.DIMENSIONLESS), p.number("A3_plus", Dimension.DIMENSIONLESS),
                    p.number("A2_minus", Dimension.DIMENSIONLESS), p.number("A3_minus", Dimension.DIMENSIONLESS),
                    p.number("tau_plus", Dimension.TIME), p.number("tau_minus", Dimension.TIME), p.number("tau_x", Dimension.TIME),
                    p.number("tau_y", Dimension.TIME), p.number("w_min", Dimension.DIMENSIONLESS), p.number("w_max", Dimension.DIMENSIONLESS)));

    private static final ParameterDef ETA = ParameterDef.quantity("eta", Dimension.DIMENSIONLESS,
            "learning rate (per ms per Hz^2 for hebb, oja, bcm, covariance)").nonNegative();

    /** {@code hebb}: Hebb with decay, γ = 1/tau_decay. */
    public static final Kind<PlasticityRule> HEBB = Kind.of("hebb", ParameterSchema.of(ETA,
            time("tau_decay", Double.NaN, "decay time constant of the weights"), W_MIN, W_MAX),
            p -> new RateRule("hebb", eta(p), 1 / p.number("tau_decay", Dimension.TIME), 0, 0, wMin(p), wMax(p)));

    /** {@code oja}. */
    public static final Kind<PlasticityRule> OJA = Kind.of("oja", ParameterSchema.of(ETA, W_MIN, W_MAX),
            p -> new RateRule("oja", eta(p), 0, 0, 0, wMin(p), wMax(p)));

    /** {@code bcm}: with a sliding threshold of time constant tau_theta settling the postsynaptic rate at nu_0. */
    public static final Kind<PlasticityRule> BCM = Kind.of("bcm", ParameterSchema.of(ETA,
            ParameterDef.quantity("nu_0", Dimension.RATE, "target postsynaptic rate").positive(),
            time("tau_theta", Double.NaN, "time constant of the sliding threshold"), W_MIN, W_MAX),
            p -> new RateRule("bcm", eta(p), 0, p.number("nu_0", Dimension.RATE), p.number("tau_theta", Dimension.TIME), wMin(p), wMax(p)));

    /** {@code covariance}: with running means of time constant tau_avg. */
    public static final Kind<PlasticityRule> COVARIANCE = Kind.of("covariance", ParameterSchema.of(ETA,
            time("tau_avg", Double.NaN, "time constant of the running mean rates"), W_MIN, W_MAX),
            p -> new RateRule("covariance", eta(p), 0, 0, p.number("tau_avg", Dimension.TIME), wMin(p), wMax(p)));

    public static List<Kind<PlasticityRule>> all() {
        return List.of(STDP, STDP_TRIPLET, HEBB, OJA, BCM, COVARIANCE);
    }

    private static double eta(ParameterSet p) {
        return p.number("eta", Dimension.DIMENSIONLESS);
    }

    private static double wMin(ParameterSet p) {
        return p.number("w_min", Dimension.DIMENSIONLESS);
    }

    private static double wMax(ParameterSet p) {
        return p.number("w_max", Dimension.DIMENSIONLESS);
    }
}
