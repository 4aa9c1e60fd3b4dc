package org.example.neurons;

import java.util.Set;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.ratenet.api.dynamics.PopulationContext;
import org.ratenet.api.dynamics.PopulationDynamics;
import org.ratenet.api.dynamics.SpikingNeuronModel;
import org.ratenet.api.model.AbstractNeuronModel;
import org.ratenet.api.model.Level;
import org.ratenet.api.model.TransferFunction;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.units.Dimension;

/**
 * The {@code adex} neuron model (Brette and Gerstner 2005): the EIF with an adaptation current ({@link Adaptation}).
 * Its transfer function is approximate: adaptation frozen at its stationary mean (adiabatic, τ_w ≫ ISI),
 * w̄ = a C_m m / (g_L + a) + b τ_w ν, and ν = F_EIF(m − w̄ / C_m, s) solved for ν by Brent's method; the validation
 * suites therefore report its discrepancy instead of judging it.
 */
public final class AdaptiveExponentialIntegrateAndFire extends AbstractNeuronModel<AdexParameters>
        implements SpikingNeuronModel<AdexParameters>, TransferFunction<AdexParameters> {

    private static final ExponentialIntegrateAndFire EIF = new ExponentialIntegrateAndFire();

    public AdaptiveExponentialIntegrateAndFire() {
        super("adex", AdexParameters.class, NeuronParameters.ADEX, Set.of(Level.SPIKING, Level.MEANFIELD));
    }

    @Override
    public ParameterSet exampleParameters() {
        return parameters().validate(ParameterSet.EMPTY);
    }

    @Override
    public AdexParameters create(ParameterSet p) {
        return new AdexParameters(EIF.create(p), new Adaptation(p.number("a", Dimension.CONDUCTANCE), p.number("b", Dimension.CURRENT),
                p.number("tau_w", Dimension.TIME)));
    }

    @Override
    public PopulationDynamics dynamics(AdexParameters p, PopulationContext context) {
        return new AdaptiveDynamics(p.membrane(), p.adaptation(), context);
    }

    @Override
    public double rateHz(AdexParameters p, double driftMvPerMs, double diffusionMv2PerMs) {
        EifParameters eif = p.membrane();
        Adaptation w = p.adaptation();
        double subthreshold = w.subthresholdNs() * driftMvPerMs / (eif.leakNs() + w.subthresholdNs()); // a m C/(g_L + a) / C
        double upper = EIF.rateHz(eif, driftMvPerMs - subthreshold, diffusionMv2PerMs);
        if (!(upper > 0) || w.spikeTriggeredPa() == 0) {
            return upper;
        }
        double perHz = w.spikeTriggeredPa() * w.tauMs() * 1e-3 / eif.capacitancePf(); // b τ_w ν / C_m, mV/ms per Hz
        return new BrentSolver(1e-9, 1e-10).solve(200, nu -> EIF.rateHz(eif, driftMvPerMs - subthreshold - perHz * nu, diffusionMv2PerMs) - nu,
                0, upper);
    }

    @Override
    public boolean approximate() {
        return true;
    }

    @Override
    public String description() {
        return "EIF first-passage rate with adaptation at its stationary mean (adiabatic approximation)";
    }

    @Override
    public double capacitancePf(AdexParameters p) {
        return p.membrane().capacitancePf();
    }

    @Override
    public double membraneTimeConstantMs(AdexParameters p) {
        return p.membrane().tauMs();
    }

    @Override
    public double refractoryMs(AdexParameters p) {
        return p.membrane().refractoryMs();
    }

    @Override
    public double resetToThresholdMv(AdexParameters p) {
        return p.membrane().thresholdMv() - p.membrane().resetMv();
    }
}
