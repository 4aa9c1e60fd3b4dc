package org.ratenet.api.model;

/**
 * The stationary firing rate of a model neuron under white-noise input, as the mean-field levels and the contract kit
 * use it (diffusion approximation). The input is described by what it does to V independently of the model:
 * dV/dt = (the model's own dynamics) + m + √s ξ(t), with ξ unit white noise, m the mean rate of change of V that the
 * input causes (mV/ms) and s its variance rate (mV²/ms). For Poisson trains of PSP jumps J_k (mV) at rates ν_k
 * (spikes/ms), m = Σ J_k ν_k and s = Σ J_k² ν_k; an exponential current synapse of amplitude w (pA) and time constant
 * τ_s makes the jump J = w τ_s / C_m with the model's {@link #capacitancePf C_m}. For a LIF neuron μ = E_L + τ_m m and
 * σ² = τ_m s are the μ and σ of Brunel (2000, eqs. 4–5).
 *
 * <p>A neuron model that implements this interface (or a {@link TransferFunction} registered for its name) gets the
 * homogeneous, heterogeneous and plastic mean field, and the contract kit checks it against the model's simulated f–I
 * curve under noise. Only {@link #rateHz(Record, double, double)} is required; the rest has defaults that say what is
 * not known ({@code NaN}), and a level that needs an unknown quantity says so.
 *
 * @param <P> the model's parameter record
 */
@FunctionalInterface
public interface TransferFunction<P extends Record> {

    /**
     * The stationary rate (Hz) of a neuron with these parameters under white noise.
     *
     * @param parameters the neuron's parameters
     * @param driftMvPerMs m, the input's mean rate of change of V (mV/ms), any finite value
     * @param diffusionMv2PerMs s, the input's variance rate (mV²/ms), >= 0
     */
    double rateHz(P parameters, double driftMvPerMs, double diffusionMv2PerMs);

    /**
     * The rate (Hz) when the noise is low-pass filtered by synapses of time constant τ_s (ms) (coloured noise); by
     * default the white-noise rate, which {@link #filtersSynapticNoise} then declares.
     */
    default double rateHz(P parameters, double driftMvPerMs, double diffusionMv2PerMs, double synapticTauMs) {
        return rateHz(parameters, driftMvPerMs, diffusionMv2PerMs);
    }

    /** Whether {@link #rateHz(Record, double, double, double)} accounts for τ_s (the LIF's does: Fourcaud and Brunel 2002). */
    default boolean filtersSynapticNoise() {
        return false;
    }

    /**
     * ∂ν/∂m (Hz per mV/ms) and ∂ν/∂s (Hz per mV²/ms) into {@code out[0]} and {@code out[1]}, returning ν (Hz); by default
     * by central differences of {@link #rateHz(Record, double, double, double)} (steps 1e-4 relative, at least 1e-6).
     */
    default double rateAndDerivatives(P parameters, double driftMvPerMs, double diffusionMv2PerMs, double synapticTauMs, double[] out) {
        double hm = Math.max(1e-6, 1e-4 * Math.abs(driftMvPerMs));
        double hs = Math.max(1e-6, 1e-4 * Math.abs(diffusionMv2PerMs));
        out[0] = (rateHz(parameters, driftMvPerMs + hm, diffusionMv2PerMs, synapticTauMs)
                - rateHz(parameters, driftMvPerMs - hm, diffusionMv2PerMs, synapticTauMs)) / (2 * hm);
        double sLow = Math.max(0, diffusionMv2PerMs - hs);
        out[1] = (rateHz(parameters, driftMvPerMs, diffusionMv2PerMs + hs, synapticTauMs)
                - rateHz(parameters, driftMvPerMs, sLow, synapticTauMs)) / (diffusionMv2PerMs + hs - sLow);
        return rateHz(parameters, driftMvPerMs, diffusionMv2PerMs, synapticTauMs);
    }

    /** C_m (pF), which turns a synaptic current into a rate of change of V (dV/dt = I/C_m); NaN if not given. */
    default double capacitancePf(P parameters) {
        return Double.NaN;
    }

    /**
     * The membrane time constant τ_m (ms): the time scale of the mean field's pseudo-time dynamics and of the
     * coloured-noise condition τ_s ≪ τ_m; NaN if not given (the mean field then uses 10 ms and warns on any τ_s).
     */
    default double membraneTimeConstantMs(P parameters) {
        return Double.NaN;
    }

    /**
     * The distance from reset to threshold (mV), V_th − V_reset for a LIF: the scale against which PSP jumps must be
     * small for the diffusion approximation (the mean field warns otherwise); NaN if not given.
     */
    default double resetToThresholdMv(P parameters) {
        return Double.NaN;
    }

    /** The absolute refractory period (ms), for the warning on rates near 1/t_ref; NaN if not given. */
    default double refractoryMs(P parameters) {
        return Double.NaN;
    }

    /**
     * The mean (mV) and standard deviation (mV) of the free membrane potential under input (m, s), for reports, into
     * {@code out}; NaN where the model has no leak that defines them (the default).
     */
    default void freeMembraneMoments(P parameters, double driftMvPerMs, double diffusionMv2PerMs, double[] out) {
        out[0] = Double.NaN;
        out[1] = Double.NaN;
    }

    /** What the transfer function is, with its source, for provenance (e.g. "Siegert formula (Brunel 2000, eq. 21)"). */
    default String description() {
        return "transfer function of " + getClass().getSimpleName();
    }

    /**
     * Whether this transfer function is exact for the model's dynamics under white noise (the default) or an
     * approximation (e.g. adaptation frozen at its mean); the validation suites judge an exact one and only report the
     * discrepancy of an approximate one.
     */
    default boolean approximate() {
        return false;
    }
}
