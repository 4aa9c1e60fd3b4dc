package org.ratenet.rate.meanfield;

import org.ratenet.api.error.UnsupportedSpecException;
import org.ratenet.api.model.Level;
import org.ratenet.api.model.NeuronModel;
import org.ratenet.api.model.TransferFunction;
import org.ratenet.api.registry.Registries;
import org.ratenet.api.spec.PopulationSpec;

/**
 * A population's {@link TransferFunction} bound to its validated parameters: what the mean-field levels evaluate for
 * any neuron model, the built-in LIF included. The model is looked up by name and must implement the SPI; nothing
 * here knows a model by name.
 */
public final class NeuronTransfer {

    private final String model;
    private final TransferFunction<Record> function;
    private final Record parameters;

    private NeuronTransfer(String model, TransferFunction<Record> function, Record parameters) {
        this.model = model;
        this.function = function;
        this.parameters = parameters;
    }

    /** The transfer function of population {@code p}'s model; an {@link UnsupportedSpecException} if it declares none. */
    @SuppressWarnings("unchecked")
    public static NeuronTransfer of(PopulationSpec p, Registries registries, String level) {
        NeuronModel<?> model = registries.neuronModels().get(p.neuron().kind());
        if (!(model instanceof TransferFunction<?> function)) {
            throw new UnsupportedSpecException(level, "neuron model '" + model.name() + "' of population " + p.name(),
                    "a model with a transfer function (implement org.ratenet.api.model.TransferFunction): " + model.unsupportedReason(level));
        }
        return new NeuronTransfer(model.name(), (TransferFunction<Record>) function, model.build(p.neuron().parameters()));
    }

    /** The same for the {@code meanfield} level. */
    public static NeuronTransfer of(PopulationSpec p, Registries registries) {
        return of(p, registries, Level.MEANFIELD);
    }

    /** The model's name, for messages. */
    public String model() {
        return model;
    }

    /** ν(m, s) under noise filtered with τ_s (0: white noise). */
    public double rateHz(double driftMvPerMs, double diffusionMv2PerMs, double synapticTauMs) {
        return function.rateHz(parameters, driftMvPerMs, Math.max(0, diffusionMv2PerMs), synapticTauMs);
    }

    /** ν and its derivatives ∂ν/∂m, ∂ν/∂s into {@code out}. */
    public double rateAndDerivatives(double driftMvPerMs, double diffusionMv2PerMs, double synapticTauMs, double[] out) {
        return function.rateAndDerivatives(parameters, driftMvPerMs, Math.max(0, diffusionMv2PerMs), synapticTauMs, out);
    }

    /** C_m (pF) to turn currents into dV/dt; an {@link UnsupportedSpecException} naming {@code what} if not given. */
    public double capacitancePf(String what) {
        double c = function.capacitancePf(parameters);
        if (!(c > 0)) {
            throw new UnsupportedSpecException(Level.MEANFIELD, what, "a model whose transfer function gives C_m (model '" + model
                    + "' gives " + c + "), to turn currents into dV/dt");
        }
        return c;
    }

    /** τ_m (ms), NaN when the model does not give it. */
    public double membraneTimeConstantMs() {
        return function.membraneTimeConstantMs(parameters);
    }

    /** t_ref (ms), NaN when the model does not give it. */
    public double refractoryMs() {
        return function.refractoryMs(parameters);
    }

    /** V_th − V_reset or its analogue (mV), NaN when the model does not give it. */
    public double resetToThresholdMv() {
        return function.resetToThresholdMv(parameters);
    }

    /** The transfer function's own description, for provenance. */
    public String description() {
        return function.description();
    }

    public boolean filtersSynapticNoise() {
        return function.filtersSynapticNoise();
    }

    public boolean approximate() {
        return function.approximate();
    }

    /** The free membrane potential's mean and s.d. (mV) into {@code out}, NaN where the model does not define them. */
    public void freeMembraneMoments(double driftMvPerMs, double diffusionMv2PerMs, double[] out) {
        function.freeMembraneMoments(parameters, driftMvPerMs, Math.max(0, diffusionMv2PerMs), out);
    }
}
