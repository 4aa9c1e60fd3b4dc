package org.ratenet.rate.dynamics;

/**
 * The linear stability of a fixed point, from the eigenvalues λ of diag(1/τ)(−1 + W diag f′):
 * stable when every Re λ &lt; 0 (oscillatory when some λ is complex: perturbations decay in damped
 * oscillations), unstable when some Re λ > 0 (oscillatory when those are complex: a Hopf-type growth).
 * Marginal cases (max Re λ = 0 to 1e-12 /ms) are {@link #MARGINAL}.
 */
public enum Stability {
    STABLE, STABLE_OSCILLATORY, UNSTABLE, UNSTABLE_OSCILLATORY, MARGINAL;

    public boolean stable() {
        return this == STABLE || this == STABLE_OSCILLATORY;
    }

    /** Classifies from eigenvalues (real and imaginary parts in 1/ms). */
    public static Stability of(double[] re, double[] im) {
        double maxRe = Double.NEGATIVE_INFINITY;
        boolean growingComplex = false;
        boolean anyComplex = false;
        for (int i = 0; i < re.length; i++) {
            maxRe = Math.max(maxRe, re[i]);
            boolean complex = Math.abs(im[i]) > 1e-12;
            anyComplex |= complex;
            growingComplex |= complex && re[i] > 1e-12;
        }
        if (Math.abs(maxRe) <= 1e-12) {
            return MARGINAL;
        }
        if (maxRe > 0) {
            return growingComplex ? UNSTABLE_OSCILLATORY : UNSTABLE;
        }
        return anyComplex ? STABLE_OSCILLATORY : STABLE;
    }
}
