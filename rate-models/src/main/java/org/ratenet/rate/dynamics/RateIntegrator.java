package org.ratenet.rate.dynamics;

/**
 * Fixed-step integrators of a {@link RateNetwork}; each step works in the caller's {@link RateWork} and
 * allocates nothing.
 */
public enum RateIntegrator {

    /**
     * Exponential Euler: μ ← μ e^{−dt/τ} + (1 − e^{−dt/τ}) I(t, μ), the input held over the step; exact for
     * constant input, first order otherwise. The default.
     */
    EXPONENTIAL_EULER {
        @Override
        public void step(RateNetwork net, double t, double dt, double[] mu, RateWork w) {
            if (w.decayDt != dt) {
                for (int i = 0; i < mu.length; i++) {
                    w.decay[i] = Math.exp(-dt / net.tauMs(i));
                }
                w.decayDt = dt;
            }
            net.input(t, mu, w.k1, w);
            for (int i = 0; i < mu.length; i++) {
                mu[i] = w.decay[i] * mu[i] + (1 - w.decay[i]) * w.k1[i];
            }
        }
    },

    /** The classical fourth-order Runge–Kutta method. */
    RK4 {
        @Override
        public void step(RateNetwork net, double t, double dt, double[] mu, RateWork w) {
            int n = mu.length;
            net.derivative(t, mu, w.k1, w);
            for (int i = 0; i < n; i++) {
                w.stage[i] = mu[i] + 0.5 * dt * w.k1[i];
            }
            net.derivative(t + 0.5 * dt, w.stage, w.k2, w);
            for (int i = 0; i < n; i++) {
                w.stage[i] = mu[i] + 0.5 * dt * w.k2[i];
            }
            net.derivative(t + 0.5 * dt, w.stage, w.k3, w);
            for (int i = 0; i < n; i++) {
                w.stage[i] = mu[i] + dt * w.k3[i];
            }
            net.derivative(t + dt, w.stage, w.k4, w);
            for (int i = 0; i < n; i++) {
                mu[i] += dt / 6 * (w.k1[i] + 2 * w.k2[i] + 2 * w.k3[i] + w.k4[i]);
            }
        }
    };

    /** Advances μ from t to t + dt (ms) in place. */
    public abstract void step(RateNetwork net, double t, double dt, double[] mu, RateWork work);
}
