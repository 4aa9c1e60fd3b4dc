package org.ratenet.plasticity;

import org.ratenet.api.error.Require;

/**
 * The spike trace of the trace rule (Vegué, Allard and Desrosiers 2025): x jumps by 1 at each spike of its neuron and
 * decays at the degradation rate r_p in between, dx/dt = −r_p x + Σ_k δ(t − t_k), so r_p x estimates the neuron's
 * rate. For a Poisson train of rate ν (Campbell's theorem): E[x] = α = ν / r_p, Var[x] = α / 2, hence the relative
 * error of the rate estimate CV = 1/√(2α), small when α is large.
 *
 * @param degradationRateHz r_p (Hz), > 0
 */
public record SpikeTrace(double degradationRateHz) {

    public SpikeTrace {
        Require.positive("r_p", degradationRateHz, "Hz");
    }

    /** α = ν / r_p: the mean trace of a neuron firing at {@code rateHz}. */
    public double alpha(double rateHz) {
        return rateHz / degradationRateHz;
    }

    /** Var[x] = α / 2 for Poisson firing at {@code rateHz}. */
    public double variance(double rateHz) {
        return alpha(rateHz) / 2;
    }

    /** The coefficient of variation of the trace, 1/√(2α), for Poisson firing at {@code rateHz}. */
    public double coefficientOfVariation(double rateHz) {
        return 1 / Math.sqrt(2 * alpha(rateHz));
    }

    /** The rate estimate r_p x (Hz) of a trace value x. */
    public double rateEstimate(double trace) {
        return degradationRateHz * trace;
    }

    /** The decay of the trace over one step of {@code dtMs}, e^{−r_p dt}. */
    public double decayPerStep(double dtMs) {
        return Math.exp(-degradationRateHz * dtMs * 1e-3);
    }
}
