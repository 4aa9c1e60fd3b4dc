package org.ratenet.rate.dynamics;

import java.util.List;

import org.ratenet.api.error.DivergenceException;
import org.ratenet.api.error.Require;
import org.ratenet.api.result.Provenance;
import org.ratenet.api.result.TimeSeries;
import org.ratenet.api.units.Dimension;

/**
 * Rate dynamics with plastic couplings: τ dμ/dt = −μ + I(μ) + Σ_p coupling_p u_p ν_source(p) (exponential Euler, as the
 * static rate level), and every u_p following its rule's rate limit (Euler, same step). Any registered rule has a rate
 * limit, so the rate level runs Hebb, Oja, BCM (its threshold at the steady value ν²/ν₀) and the rate limits of STDP
 * alike. The series has {@code <population>.rate}, as the static simulator's, and {@code <projection>.weight}, the
 * relative weight u_p.
 */
public final class PlasticRateSimulator {

    private PlasticRateSimulator() {
    }

    /** Runs from μ = 0; leaves the final μ in {@code finalMu} and the final relative weights in {@code finalWeights}. */
    public static TimeSeries run(RateNetwork net, List<PlasticCoupling> couplings, double durationMs, double dtMs, double sampleMs,
                                 double[] finalMu, double[] finalWeights) {
        int n = net.size();
        Require.positive("duration", durationMs, "ms");
        Require.positive("dt", dtMs, "ms");
        int stepsPerSample = (int) Math.max(1, Math.round(sampleMs / dtMs));
        int samples = (int) Math.floor(durationMs / (stepsPerSample * dtMs) + 1e-9) + 1;
        double[] times = new double[samples];
        double[][] rates = new double[n][samples];
        double[][] weights = new double[couplings.size()][samples];
        double[] mu = new double[n];
        double[] nu = new double[n];
        double[] input = new double[n];
        double[] u = new double[couplings.size()];
        java.util.Arrays.fill(u, 1);
        double[] decay = new double[n];
        for (int i = 0; i < n; i++) {
            decay[i] = Math.exp(-dtMs / net.tauMs(i));
        }
        RateWork work = new RateWork(n);
        long step = 0;
        for (int k = 0; k < samples; k++) {
            if (k > 0) {
                for (int s = 0; s < stepsPerSample; s++, step++) {
                    net.input(step * dtMs, mu, input, work);
                    net.rates(mu, nu);
                    for (int p = 0; p < u.length; p++) {
                        PlasticCoupling c = couplings.get(p);
                        input[c.target()] += c.coupling() * u[p] * nu[c.source()];
                    }
                    for (int i = 0; i < n; i++) {
                        mu[i] = input[i] + (mu[i] - input[i]) * decay[i];
                    }
                    for (int p = 0; p < u.length; p++) {
                        PlasticCoupling c = couplings.get(p);
                        u[p] = c.step(u[p], nu[c.source()], nu[c.target()], dtMs);
                    }
                }
                for (int i = 0; i < n; i++) {
                    if (!Double.isFinite(mu[i])) {
                        throw new DivergenceException(step * dtMs, net.labels().get(i), -1, "mu = " + mu[i] + " pA");
                    }
                }
            }
            times[k] = step * dtMs;
            net.rates(mu, nu);
            for (int i = 0; i < n; i++) {
                rates[i][k] = nu[i];
            }
            for (int p = 0; p < u.length; p++) {
                weights[p][k] = u[p];
            }
        }
        System.arraycopy(mu, 0, finalMu, 0, n);
        System.arraycopy(u, 0, finalWeights, 0, u.length);
        TimeSeries.Builder b = TimeSeries.builder(times);
        for (int i = 0; i < n; i++) {
            b.channel(net.labels().get(i) + ".rate", Dimension.RATE, rates[i]);
        }
        for (int p = 0; p < u.length; p++) {
            b.channel(couplings.get(p).name() + ".weight", Dimension.DIMENSIONLESS, weights[p]);
        }
        return b.build(new Provenance("rate", "exponential Euler for mu, Euler for the plastic weights' rate limits, dt = " + dtMs + " ms",
                java.util.Map.of()), List.of());
    }
}
