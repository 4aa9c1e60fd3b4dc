package org.example.neurons;

import java.util.Set;

import org.ratenet.api.dynamics.PopulationContext;
import org.ratenet.api.dynamics.PopulationDynamics;
import org.ratenet.api.dynamics.SpikingNeuronModel;
import org.ratenet.api.model.AbstractNeuronModel;
import org.ratenet.api.model.Level;
import org.ratenet.api.model.TransferFunction;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.units.Dimension;
import org.ratenet.api.neuron.FirstPassageRate;

/**
 * The {@code eif} neuron model ({@link EifParameters}): spiking dynamics by the midpoint rule, and an exact transfer
 * function under white noise, the mean first-passage rate from V_reset to V_peak of dV/dt = F(V)/C_m + m + √s ξ.
 */
public final class ExponentialIntegrateAndFire extends AbstractNeuronModel<EifParameters>
        implements SpikingNeuronModel<EifParameters>, TransferFunction<EifParameters> {

    public ExponentialIntegrateAndFire() {
        super("eif", EifParameters.class, NeuronParameters.EIF, Set.of(Level.SPIKING, Level.MEANFIELD));
    }

    /** Fourcaud-Trocmé et al. (2003): C_m 200 pF, g_L 10 nS, E_L −65 mV, V_T −50 mV, Δ_T 2 mV; V_peak −40 mV, V_reset −60 mV. */
    @Override
    public ParameterSet exampleParameters() {
        return parameters().validate(ParameterSet.EMPTY);
    }

    @Override
    public EifParameters create(ParameterSet p) {
        return new EifParameters(p.number("C_m", Dimension.CAPACITANCE), p.number("g_L", Dimension.CONDUCTANCE), p.number("E_L", Dimension.VOLTAGE),
                p.number("V_T", Dimension.VOLTAGE), p.number("Delta_T", Dimension.VOLTAGE), p.number("V_peak", Dimension.VOLTAGE),
                p.number("V_reset", Dimension.VOLTAGE), p.number("t_ref", Dimension.TIME));
    }

    @Override
    public PopulationDynamics dynamics(EifParameters p, PopulationContext context) {
        return new AdaptiveDynamics(p, null, context);
    }

    @Override
    public double rateHz(EifParameters p, double driftMvPerMs, double diffusionMv2PerMs) {
        return new FirstPassageRate(v -> p.derivative(v, 0) + driftMvPerMs, p.resetMv(), p.peakMv(), p.refractoryMs(), 4000)
                .rateHz(diffusionMv2PerMs);
    }

    @Override
    public String description() {
        return "first-passage rate of the EIF under white noise (Fourcaud-Trocme et al. 2003)";
    }

    @Override
    public double capacitancePf(EifParameters p) {
        return p.capacitancePf();
    }

    @Override
    public double membraneTimeConstantMs(EifParameters p) {
        return p.tauMs();
    }

    @Override
    public double refractoryMs(EifParameters p) {
        return p.refractoryMs();
    }

    @Override
    public double resetToThresholdMv(EifParameters p) {
        return p.thresholdMv() - p.resetMv();
    }
}
