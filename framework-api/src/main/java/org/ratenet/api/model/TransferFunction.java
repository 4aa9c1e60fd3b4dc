package org.ratenet.api.model;

/**
 * The stationary firing rate of a model neuron under white-noise input, as the mean-field level and the contract kit
 * use it (diffusion approximation). The input is described by what it does to V independently of the model:
 * dV/dt = (the model's own dynamics) + m + √s ξ(t), with ξ unit white noise, m the mean rate of change of V that the
 * input causes (mV/ms) and s its variance rate (mV²/ms). For Poisson trains of PSP jumps J_k (mV) at rates ν_k
 * (spikes/ms), m = Σ J_k ν_k and s = Σ J_k² ν_k; for a LIF neuron μ = τ_m m and σ² = τ_m s are the μ and σ of
 * Brunel (2000, eqs. 4–5). A neuron model that implements this interface declares its transfer function; the contract
 * kit then checks it against the model's simulated f–I curve under noise.
 *
 * @param <P> the model's parameter record
 */
public interface TransferFunction<P extends Record> {

    /**
     * The stationary rate (Hz) of a neuron with these parameters.
     *
     * @param parameters the neuron's parameters
     * @param driftMvPerMs m, the input's mean rate of change of V (mV/ms), any finite value
     * @param diffusionMv2PerMs s, the input's variance rate (mV²/ms), > 0
     */
    double rateHz(P parameters, double driftMvPerMs, double diffusionMv2PerMs);
}
