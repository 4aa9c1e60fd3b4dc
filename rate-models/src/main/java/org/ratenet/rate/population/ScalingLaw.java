package org.ratenet.rate.population;

import java.util.ArrayList;
import java.util.List;

import org.ratenet.api.error.Require;
import org.ratenet.api.result.Warning;

/**
 * How connection weights scale with the population size N so that populations of different sizes behave alike
 * (Gerstner notes, "Connectivity schemes and scaling"). Each law gives the weight and the input statistics it
 * implies for presynaptic Poisson rate ν; the mean input is J0 ν for the first three (√(pN) J0 ν for the balanced
 * law, which relies on excitation and inhibition cancelling).
 */
public enum ScalingLaw {

    /** All-to-all, w = J0/N: mean J0 ν, temporal variance J0² ν / N. */
    ALL_TO_ALL_J0_OVER_N,
    /** Coupling probability p, w = J0/(pN): mean J0 ν, temporal J0² ν/(pN), quenched (1 − p) J0² ν²/(pN). */
    RANDOM_J0_OVER_PN,
    /** Balanced, w = J0/√(pN): temporal variance J0² ν independent of N; the mean √(pN) J0 ν must cancel. */
    BALANCED_J0_OVER_SQRT_PN,
    /** All-to-all with Gaussian weights of mean J0/N and sd σ0/√N: quenched variance σ0² ν², temporal (J0²/N + σ0²) ν. */
    GAUSSIAN_WEIGHTS;

    /** The mean weight for population size N (and p where the law uses it). */
    public double weight(double j0, double p, int n) {
        Require.atLeast("N", n, 1);
        return switch (this) {
            case ALL_TO_ALL_J0_OVER_N, GAUSSIAN_WEIGHTS -> j0 / n;
            case RANDOM_J0_OVER_PN -> j0 / (probability(p) * n);
            case BALANCED_J0_OVER_SQRT_PN -> j0 / Math.sqrt(probability(p) * n);
        };
    }

    /**
     * The input moments for N presynaptic neurons at rate ν (Hz), with coupling probability p (ignored by the
     * all-to-all laws) and weight spread σ0 (Gaussian law only).
     */
    public InputMoments moments(double j0, double sigma0, double p, int n, double rateHz) {
        Require.finite("J0", j0, "");
        Require.nonNegative("sigma0", sigma0, "");
        Require.nonNegative("rate", rateHz, "Hz");
        double w = weight(j0, p, n);
        List<Warning> warnings = new ArrayList<>();
        double mean;
        double temporal;
        double quenched;
        boolean vanish;
        switch (this) {
            case ALL_TO_ALL_J0_OVER_N -> {
                mean = n * w * rateHz;
                temporal = n * w * w * rateHz;
                quenched = 0;
                vanish = true;
            }
            case RANDOM_J0_OVER_PN -> {
                double k = probability(p) * n;
                mean = k * w * rateHz;
                temporal = k * w * w * rateHz;
                quenched = (1 - p) * k * w * w * rateHz * rateHz; // Var K w² ν², K ~ Binomial(N, p)
                vanish = true;
            }
            case BALANCED_J0_OVER_SQRT_PN -> {
                double k = probability(p) * n;
                mean = k * w * rateHz;
                temporal = k * w * w * rateHz;
                quenched = (1 - p) * k * w * w * rateHz * rateHz;
                vanish = false;
                warnings.add(new Warning("balanced-scaling", "fluctuations of order J0² nu that do not vanish with N, and a mean "
                        + "sqrt(pN) J0 nu that must be cancelled by inhibition", "the mean input is " + mean + " and grows as sqrt(N)"));
            }
            default -> { // GAUSSIAN_WEIGHTS
                double sd = sigma0 / Math.sqrt(n);
                mean = n * w * rateHz;
                temporal = n * (w * w + sd * sd) * rateHz;
                quenched = n * sd * sd * rateHz * rateHz;
                vanish = sigma0 == 0;
            }
        }
        if (!vanish && this == GAUSSIAN_WEIGHTS) {
            warnings.add(new Warning("non-vanishing-fluctuations", "input fluctuations that vanish as N grows",
                    "Gaussian weights with sigma0 = " + sigma0 + " keep a quenched variance sigma0² nu² = " + quenched
                            + " and temporal variance >= sigma0² nu: the mean activity alone does not describe the population"));
        }
        return new InputMoments(mean, temporal, quenched, vanish, warnings);
    }

    private static double probability(double p) {
        Require.inClosedRange("p", p, Double.MIN_NORMAL, 1, "");
        return p;
    }
}
