package org.ratenet.validation.contract;

import org.ratenet.api.error.Require;

/**
 * The noisy inputs and sizes of the contract kit's transfer-function check.
 *
 * @param diffusions the variance rates s (mV²/ms) tried; for τ_m = 10–20 ms, s = 1 and 4 give σ = √(τ_m s) ≈ 3–9 mV
 * @param targetRatesHz the rates at which the transfer function is compared (the drift m is found for each)
 * @param jumpMv the PSP J (mV) of the Poisson input, small for the diffusion approximation
 * @param neurons independent neurons simulated per case
 * @param warmupMs time discarded before counting (ms)
 * @param durationMs time counted (ms)
 * @param dtMs the time step of these runs (ms); small, because a threshold checked on a grid misses crossings
 *             (a rate bias of order σ √(dt/τ_m) / (θ − μ))
 * @param relativeAllowance the stated model error, relative to the prediction (finite J, finite step)
 * @param falseFailureRatePerCase the probability that a correct model fails one case by chance (sets z)
 */
public record TransferCheckSettings(double[] diffusions, double[] targetRatesHz, double jumpMv, int neurons, double warmupMs,
                                    double durationMs, double dtMs, double relativeAllowance, double falseFailureRatePerCase) {

    /** s = 1, 4 mV²/ms; 5, 15, 30 Hz; J = 0.1 mV; 400 neurons for 2 s after 200 ms, dt = 0.025 ms; 5 %; false failures 1e-4 per case. */
    public static final TransferCheckSettings DEFAULT = new TransferCheckSettings(new double[] {1, 4}, new double[] {5, 15, 30}, 0.1,
            400, 200, 2000, 0.025, 0.05, 1e-4);

    public TransferCheckSettings {
        diffusions = diffusions.clone();
        targetRatesHz = targetRatesHz.clone();
        if (diffusions.length == 0 || targetRatesHz.length == 0) {
            throw new IllegalArgumentException("diffusions and target rates must not be empty");
        }
        for (double s : diffusions) {
            Require.positive("s (input variance rate)", s, "mV²/ms");
        }
        for (double r : targetRatesHz) {
            Require.positive("target rate", r, "Hz");
        }
        Require.positive("jump", jumpMv, "mV");
        Require.atLeast("neurons", neurons, 2);
        Require.nonNegative("warmup", warmupMs, "ms");
        Require.positive("duration", durationMs, "ms");
        Require.positive("dt", dtMs, "ms");
        Require.inClosedRange("relative allowance", relativeAllowance, 0, 1, "");
        Require.inClosedRange("false failure rate per case", falseFailureRatePerCase, 1e-12, 0.5, "");
    }

    @Override
    public double[] diffusions() {
        return diffusions.clone();
    }

    @Override
    public double[] targetRatesHz() {
        return targetRatesHz.clone();
    }
}
