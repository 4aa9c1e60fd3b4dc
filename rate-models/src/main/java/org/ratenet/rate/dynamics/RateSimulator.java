package org.ratenet.rate.dynamics;

import java.util.List;
import java.util.Map;

import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;
import org.ratenet.api.model.Level;
import org.ratenet.api.result.Provenance;
import org.ratenet.api.result.TimeSeries;
import org.ratenet.api.units.Dimension;

/**
 * Runs a {@link RateNetwork} from an initial input μ(0): fixed steps with a {@link RateIntegrator}, or
 * adaptive Dormand–Prince 8(5,3) (Commons Math) for accuracy checks. Records the rates f(μ) of every unit
 * every {@code sampleMs} as channels {@code <label>.rate}; stops with a {@code DivergenceException} naming
 * time and unit when an input leaves ±1e12 pA or is not a number.
 */
public final class RateSimulator {

    private RateSimulator() {
    }

    /** Fixed steps of {@code dtMs}; {@code sampleMs} must be a whole number of steps. */
    public static TimeSeries run(RateNetwork net, double[] mu0, double durationMs, double dtMs, double sampleMs,
                                 RateIntegrator integrator) {
        return run(net, mu0, durationMs, dtMs, sampleMs, integrator, new double[mu0.length]);
    }

    /** As {@link #run(RateNetwork, double[], double, double, double, RateIntegrator)}, leaving the final μ in {@code finalMu}. */
    public static TimeSeries run(RateNetwork net, double[] mu0, double durationMs, double dtMs, double sampleMs,
                                 RateIntegrator integrator, double[] finalMu) {
        int n = net.size();
        RateNetwork.requireLength("mu0", mu0, n);
        Require.positive("duration", durationMs, "ms");
        Require.positive("dt", dtMs, "ms");
        long stepsPerSample = Math.round(Require.positive("sample interval", sampleMs, "ms") / dtMs);
        if (stepsPerSample < 1 || Math.abs(stepsPerSample * dtMs - sampleMs) > 1e-9 * sampleMs) {
            throw new InvalidParameterException("sample interval", sampleMs + " ms",
                    "a whole multiple of dt = " + dtMs + " ms");
        }
        int samples = (int) Math.floor(durationMs / sampleMs + 1e-9) + 1;
        double[] times = new double[samples];
        double[][] rates = new double[n][samples];
        double[] mu = mu0.clone();
        double[] r = new double[n];
        RateWork work = new RateWork(n);
        long step = 0;
        for (int k = 0; k < samples; k++) {
            if (k > 0) {
                for (long s = 0; s < stepsPerSample; s++, step++) {
                    integrator.step(net, step * dtMs, dtMs, mu, work);
                }
                net.checkFinite(step * dtMs, mu);
            }
            times[k] = step * dtMs;
            net.rates(mu, r);
            for (int i = 0; i < n; i++) {
                rates[i][k] = r[i];
            }
        }
        RateNetwork.requireLength("finalMu", finalMu, n);
        System.arraycopy(mu, 0, finalMu, 0, n);
        return series(net, times, rates, integrator.name() + " with dt = " + dtMs + " ms");
    }

    /** The input μ(T) after adaptive Dormand–Prince integration to relative and absolute tolerance {@code tolerance}. */
    public static double[] adaptive(RateNetwork net, double[] mu0, double durationMs, double tolerance) {
        int n = net.size();
        RateNetwork.requireLength("mu0", mu0, n);
        RateWork work = new RateWork(n);
        FirstOrderDifferentialEquations ode = new FirstOrderDifferentialEquations() {
            @Override
            public int getDimension() {
                return n;
            }

            @Override
            public void computeDerivatives(double t, double[] y, double[] yDot) {
                net.derivative(t, y, yDot, work);
            }
        };
        double[] y = mu0.clone();
        new DormandPrince853Integrator(1e-9, durationMs, tolerance, tolerance).integrate(ode, 0, y, durationMs, y);
        net.checkFinite(durationMs, y);
        return y;
    }

    private static TimeSeries series(RateNetwork net, double[] times, double[][] rates, String method) {
        TimeSeries.Builder b = TimeSeries.builder(times);
        List<String> labels = net.labels();
        for (int i = 0; i < labels.size(); i++) {
            b.channel(labels.get(i) + ".rate", Dimension.RATE, rates[i]);
        }
        return b.build(new Provenance(Level.RATE, "tau dmu/dt + mu = W f(mu) + W_ext r_ext - theta (Kleinfeld 11.32-11.33), " + method,
                Map.of("units", Integer.toString(labels.size()))), List.of());
    }
}
