package org.ratenet.api.neuron;

import java.util.Set;

import org.ratenet.api.dynamics.PopulationContext;
import org.ratenet.api.dynamics.PopulationDynamics;
import org.ratenet.api.dynamics.SpikingNeuronModel;
import org.ratenet.api.model.Level;
import org.ratenet.api.model.PassiveMembrane;
import org.ratenet.api.model.TransferFunction;
import org.ratenet.api.model.AbstractNeuronModel;
import org.ratenet.api.param.ParameterDef;
import org.ratenet.api.param.ParameterSchema;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.units.Dimension;

/**
 * The leaky integrate-and-fire neuron ({@code lif}) with NEST's parameter names: tau_m, C_m, E_L,
 * V_th, V_reset, t_ref. Synapses (delta, exponential current or conductance) are a property of each
 * projection, not of the neuron. It goes through the same SPI as a user's model: its {@link LifDynamics} for the
 * spiking level, the Siegert formula ({@link SiegertFunction}) as its {@link TransferFunction} for the mean-field
 * levels, with the coloured-noise correction of Fourcaud and Brunel (2002) for exponential current synapses.
 */
public final class LifModel extends AbstractNeuronModel<LifParameters>
        implements SpikingNeuronModel<LifParameters>, TransferFunction<LifParameters>, PassiveMembrane<LifParameters> {

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

    @Override
    public PopulationDynamics dynamics(LifParameters parameters, PopulationContext context) {
        return new LifDynamics(parameters, context);
    }

    /** Siegert's ν(μ, σ) with μ = E_L + τ_m m, σ = √(τ_m s) (Brunel 2000, eq. 21). */
    @Override
    public double rateHz(LifParameters p, double driftMvPerMs, double diffusionMv2PerMs) {
        return rateHz(p, driftMvPerMs, diffusionMv2PerMs, 0);
    }

    /** With threshold and reset raised by (α/2) √(τ_s/τ_m) σ (Fourcaud and Brunel 2002, eq. 4.33). */
    @Override
    public double rateHz(LifParameters p, double driftMvPerMs, double diffusionMv2PerMs, double synapticTauMs) {
        double sigma = sigmaMv(p, diffusionMv2PerMs);
        double mu = muMv(p, driftMvPerMs);
        return SiegertFunction.of(p).evaluate(mu - shiftPerSigma(p, synapticTauMs) * sigma, sigma, null);
    }

    @Override
    public boolean filtersSynapticNoise() {
        return true;
    }

    /** Analytic: ∂ν/∂m = τ_m ∂ν/∂μ, ∂ν/∂s = (∂ν/∂σ − c ∂ν/∂μ) τ_m / 2σ (0 at σ = 0). */
    @Override
    public double rateAndDerivatives(LifParameters p, double driftMvPerMs, double diffusionMv2PerMs, double synapticTauMs, double[] out) {
        double sigma = sigmaMv(p, diffusionMv2PerMs);
        double mu = muMv(p, driftMvPerMs);
        double c = shiftPerSigma(p, synapticTauMs);
        double nu = SiegertFunction.of(p).evaluate(mu - c * sigma, sigma, out);
        double dMu = out[0];
        double dSigma = out[1] - c * dMu;
        out[0] = dMu * p.tauMs();
        out[1] = sigma > 0 ? dSigma * p.tauMs() / (2 * sigma) : 0;
        return nu;
    }

    private static double shiftPerSigma(LifParameters p, double synapticTauMs) {
        return synapticTauMs > 0 ? SiegertFunction.COLORED_NOISE_ALPHA / 2 * Math.sqrt(synapticTauMs / p.tauMs()) : 0;
    }

    @Override
    public String description() {
        return "Siegert formula (Brunel 2000, eq. 21; Fourcaud and Brunel 2002)";
    }

    @Override
    public double capacitancePf(LifParameters p) {
        return p.capacitancePf();
    }

    @Override
    public double leakConductanceNs(LifParameters p) {
        return p.leakConductanceNs();
    }

    @Override
    public double restingMv(LifParameters p) {
        return p.restingMv();
    }

    @Override
    public double spikeThresholdMv(LifParameters p) {
        return p.thresholdMv();
    }

    /** τ_m becomes C_m / (g_L + g_s); E_L stays. */
    @Override
    public ParameterSet withShunt(ParameterSet parameters, double shuntNs) {
        LifParameters p = create(parameters().validate(parameters));
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>(parameters.values());
        values.put("tau_m", new org.ratenet.api.units.Quantity(p.capacitancePf() / (p.leakConductanceNs() + shuntNs), Dimension.TIME));
        return new ParameterSet(values);
    }

    @Override
    public double membraneTimeConstantMs(LifParameters p) {
        return p.tauMs();
    }

    @Override
    public double resetToThresholdMv(LifParameters p) {
        return p.thresholdMv() - p.resetMv();
    }

    @Override
    public double refractoryMs(LifParameters p) {
        return p.refractoryMs();
    }

    /** μ = E_L + τ_m m and σ = √(τ_m s). */
    @Override
    public void freeMembraneMoments(LifParameters p, double driftMvPerMs, double diffusionMv2PerMs, double[] out) {
        out[0] = muMv(p, driftMvPerMs);
        out[1] = sigmaMv(p, diffusionMv2PerMs);
    }

    /** μ = E_L + τ_m m, the free membrane potential's mean (Brunel 2000, eq. 4). */
    private static double muMv(LifParameters p, double driftMvPerMs) {
        return p.restingMv() + p.tauMs() * driftMvPerMs;
    }

    /** σ = √(τ_m s), its standard deviation (Brunel 2000, eq. 5). */
    private static double sigmaMv(LifParameters p, double diffusionMv2PerMs) {
        return Math.sqrt(p.tauMs() * Math.max(0, diffusionMv2PerMs));
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
