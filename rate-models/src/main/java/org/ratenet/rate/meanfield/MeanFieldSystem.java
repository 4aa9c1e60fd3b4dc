package org.ratenet.rate.meanfield;

import java.util.List;

import org.ratenet.api.result.Warning;

/**
 * A self-consistency problem ν = Φ(ν) over population rates, as {@link MeanFieldSolver} solves it: the
 * homogeneous {@link MeanFieldModel}, or the {@link HeterogeneousMeanField} that averages over neurons.
 */
public interface MeanFieldSystem {

    int size();

    List<String> names();

    /** The time constant of population a's pseudo-time dynamics (its membrane time constant, ms). */
    double tauMs(int a);

    double refractoryMs(int a);

    /** The transfer functions used, for provenance, e.g. {@code lif: Siegert formula (...)}. */
    String method();

    /** Validity conditions violated whatever the rates are. */
    List<Warning> warnings();

    /**
     * Φ(ν) into {@code out}, ∂Φ_a/∂ν_b into {@code jacobian} (row-major, may be null), and the (population
     * mean) μ and σ into the work arrays {@code mu} and {@code sigma}.
     */
    void transfer(double[] rates, double[] out, double[] jacobian, double[] mu, double[] sigma);

    /** The firing rates of the neurons of population a at population rates ν (one value if all are alike). */
    double[] neuronRates(int a, double[] rates);
}
