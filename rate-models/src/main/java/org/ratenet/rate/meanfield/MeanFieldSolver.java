package org.ratenet.rate.meanfield;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince54Integrator;
import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;
import org.ratenet.api.model.Level;
import org.ratenet.api.result.Provenance;
import org.ratenet.api.result.TimeSeries;
import org.ratenet.api.result.Warning;
import org.ratenet.api.units.Dimension;
import org.ratenet.rate.solve.DampedNewton;

/**
 * Finds the fixed points ν = Φ(ν) of a {@link MeanFieldSystem}: from each start, damped Newton with the
 * analytic Jacobian (backtracking until max |F| decreases, F = Φ(ν) − ν, rates kept >= 0); when Newton
 * stalls, the pseudo-time dynamics τ_m dν/dt = −ν + Φ(ν) (NEST's siegert_neuron; Hahne et al. 2017, eq. 30)
 * integrated by Dormand–Prince until near a fixed point, then Newton again. Starts: uniform rates
 * 0.01–400 Hz and {@code randomStarts} log-uniform ones from {@code seed}. Solutions closer than 1e-6
 * relative are one. Stability: eigenvalues of diag(1/τ_m)(DΦ − I) (EJML).
 */
public final class MeanFieldSolver {

    /** Solver settings; {@code with*} return copies. */
    public record Settings(double toleranceHz, int maxNewtonIterations, int randomStarts, long seed, double pseudoTimeMs) {
        public static final Settings DEFAULT = new Settings(1e-10, 100, 8, 1, 20_000);

        public Settings {
            Require.positive("tolerance", toleranceHz, "Hz");
            Require.atLeast("maxNewtonIterations", maxNewtonIterations, 1);
            Require.atLeast("randomStarts", randomStarts, 0);
            Require.positive("pseudoTime", pseudoTimeMs, "ms");
        }

        public Settings withRandomStarts(int starts, long newSeed) {
            return new Settings(toleranceHz, maxNewtonIterations, starts, newSeed, pseudoTimeMs);
        }
    }

    private static final double[] UNIFORM_STARTS = {0.01, 0.1, 1, 5, 20, 50, 150, 400};

    private final Settings settings;

    public MeanFieldSolver() {
        this(Settings.DEFAULT);
    }

    public MeanFieldSolver(Settings settings) {
        this.settings = settings;
    }

    public MeanFieldResult solve(MeanFieldSystem model) {
        int n = model.size();
        List<double[]> starts = new ArrayList<>();
        for (double r : UNIFORM_STARTS) {
            double[] s = new double[n];
            Arrays.fill(s, r);
            starts.add(s);
        }
        SplittableRandom random = new SplittableRandom(settings.seed());
        for (int k = 0; k < settings.randomStarts(); k++) {
            double[] s = new double[n];
            for (int a = 0; a < n; a++) {
                s[a] = Math.pow(10, -2 + 4.6 * random.nextDouble());
            }
            starts.add(s);
        }
        List<MeanFieldResult.FixedPoint> found = new ArrayList<>();
        double[] last = starts.get(0);
        double lastResidual = Double.POSITIVE_INFINITY;
        for (double[] start : starts) {
            Attempt attempt = newton(model, start.clone());
            String method = "Newton";
            if (!attempt.converged) {
                double[] relaxed = pseudoTime(model, attempt.bestIterate.clone());
                attempt = newton(model, relaxed);
                method = "pseudo-time, then Newton";
            }
            if (attempt.residual < lastResidual) {
                last = attempt.bestIterate;
                lastResidual = attempt.residual;
            }
            Attempt result = attempt;
            if (result.converged && found.stream().noneMatch(p -> same(p.ratesHz(), result.bestIterate))) {
                found.add(fixedPoint(model, result.bestIterate, result.residual, method));
            }
        }
        found.sort(Comparator.comparingDouble(p -> Arrays.stream(p.ratesHz()).sum()));
        List<Warning> warnings = new ArrayList<>(model.warnings());
        if (found.isEmpty()) {
            warnings.add(new Warning("no-fixed-point", "a fixed point nu = Phi(nu) within " + settings.toleranceHz() + " Hz",
                    "none found from " + starts.size() + " starts; best residual " + lastResidual + " Hz"));
        }
        for (MeanFieldResult.FixedPoint p : found) {
            for (int a = 0; a < n; a++) {
                if (p.ratesHz()[a] * model.refractoryMs(a) * 1e-3 > 0.2) {
                    warnings.add(new Warning("poisson-inputs", "rates low against 1/t_ref so inputs stay Poisson-like",
                            model.names().get(a) + " fires at " + p.ratesHz()[a] + " Hz, nu t_ref = "
                                    + String.format(Locale.ROOT, "%.2g", p.ratesHz()[a] * model.refractoryMs(a) * 1e-3)));
                }
            }
        }
        Provenance provenance = new Provenance(Level.MEANFIELD,
                "diffusion approximation (Brunel 2000, eqs. 4-5), " + model.method() + ", at nu = Phi(nu), damped Newton",
                Map.of("starts", Integer.toString(starts.size()), "tolerance", settings.toleranceHz() + " Hz",
                        "seed", Long.toString(settings.seed())));
        return new MeanFieldResult(model.names(), found, last, lastResidual, provenance, warnings);
    }

    private record Attempt(boolean converged, double[] bestIterate, double residual) {
    }

    /** Damped Newton on F(ν) = Φ(ν) − ν with ν >= 0. */
    private Attempt newton(MeanFieldSystem model, double[] rates) {
        int n = model.size();
        double[] mu = new double[n];
        double[] sigma = new double[n];
        DampedNewton.Outcome o = new DampedNewton(settings.toleranceHz(), settings.maxNewtonIterations(), 0)
                .solve((x, f, jac) -> {
                    model.transfer(x, f, jac, mu, sigma);
                    for (int i = 0; i < n; i++) {
                        f[i] -= x[i];
                        jac[i * n + i] -= 1;
                    }
                }, rates);
        return new Attempt(o.converged(), o.x(), o.residual());
    }

    /** Integrates τ_m dν/dt = −ν + Φ(ν) for up to {@code pseudoTimeMs}, stopping early once the residual is small. */
    double[] pseudoTime(MeanFieldSystem model, double[] start) {
        int n = model.size();
        double[] mu = new double[n];
        double[] sigma = new double[n];
        double[] phi = new double[n];
        FirstOrderDifferentialEquations dynamics = dynamics(model);
        double[] y = start.clone();
        double chunk = Math.min(10 * maxTau(model), settings.pseudoTimeMs());
        DormandPrince54Integrator integrator = new DormandPrince54Integrator(1e-6, chunk, 1e-9, 1e-9);
        for (double t = 0; t < settings.pseudoTimeMs(); t += chunk) {
            try {
                integrator.integrate(dynamics, 0, y, chunk, y);
            } catch (MathIllegalStateException e) {
                break;
            }
            model.transfer(y, phi, null, mu, sigma);
            if (residual(phi, y) < 1e-6 * (1 + max(y))) {
                break;
            }
        }
        for (int a = 0; a < n; a++) {
            y[a] = Math.max(0, y[a]);
        }
        return y;
    }

    /**
     * The pseudo-time dynamics τ_m dν/dt = −ν + Φ(ν) as a dynamics in its own right: rates (Hz) of every
     * population sampled every {@code sampleMs} from 0 to {@code durationMs}, integrated by Dormand–Prince
     * (relative and absolute tolerance 1e-9). Channels are named {@code <population>.rate}.
     */
    public TimeSeries trajectory(MeanFieldSystem model, double[] start, double durationMs, double sampleMs) {
        Require.positive("duration", durationMs, "ms");
        Require.positive("sample interval", sampleMs, "ms");
        int n = model.size();
        if (start.length != n) {
            throw new InvalidParameterException("start.length", start.length, "= number of populations " + n);
        }
        int samples = (int) Math.floor(durationMs / sampleMs) + 1;
        double[] times = new double[samples];
        double[][] rates = new double[n][samples];
        double[] y = start.clone();
        DormandPrince54Integrator integrator = new DormandPrince54Integrator(1e-6, sampleMs, 1e-9, 1e-9);
        FirstOrderDifferentialEquations dynamics = dynamics(model);
        for (int k = 0; k < samples; k++) {
            if (k > 0) {
                integrator.integrate(dynamics, times[k - 1], y, k * sampleMs, y);
            }
            times[k] = k * sampleMs;
            for (int a = 0; a < n; a++) {
                rates[a][k] = Math.max(0, y[a]);
            }
        }
        TimeSeries.Builder b = TimeSeries.builder(times);
        for (int a = 0; a < n; a++) {
            b.channel(model.names().get(a) + ".rate", Dimension.RATE, rates[a]);
        }
        return b.build(new Provenance(Level.MEANFIELD, "pseudo-time dynamics tau_m dnu/dt = -nu + Phi(nu) (Hahne et al. 2017, eq. 30)",
                Map.of("duration", durationMs + " ms", "sample interval", sampleMs + " ms")), model.warnings());
    }

    private static FirstOrderDifferentialEquations dynamics(MeanFieldSystem model) {
        int n = model.size();
        double[] mu = new double[n];
        double[] sigma = new double[n];
        double[] clipped = new double[n];
        return new FirstOrderDifferentialEquations() {
            @Override
            public int getDimension() {
                return n;
            }

            @Override
            public void computeDerivatives(double t, double[] y, double[] yDot) {
                for (int a = 0; a < n; a++) {
                    clipped[a] = Math.max(0, y[a]);
                }
                model.transfer(clipped, yDot, null, mu, sigma);
                for (int a = 0; a < n; a++) {
                    yDot[a] = (yDot[a] - y[a]) / model.tauMs(a);
                }
            }
        };
    }

    private MeanFieldResult.FixedPoint fixedPoint(MeanFieldSystem model, double[] rates, double residual, String method) {
        int n = model.size();
        double[] phi = new double[n];
        double[] jac = new double[n * n];
        double[] mu = new double[n];
        double[] sigma = new double[n];
        model.transfer(rates, phi, jac, mu, sigma);
        DMatrixRMaj m = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m.set(i, j, (jac[i * n + j] - (i == j ? 1 : 0)) / model.tauMs(i));
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false);
        double[] re = new double[n];
        double[] im = new double[n];
        boolean stable = eig.decompose(m);
        for (int i = 0; i < n && stable; i++) {
            Complex_F64 value = eig.getEigenvalue(i);
            re[i] = value.real;
            im[i] = value.imaginary;
        }
        for (double r : re) {
            stable &= r < 0;
        }
        List<RateDistribution> distributions = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            distributions.add(RateDistribution.of(model.neuronRates(a, rates), 20));
        }
        return new MeanFieldResult.FixedPoint(rates.clone(), mu, sigma, residual, re, im, stable, method, distributions);
    }

    private static double residual(double[] phi, double[] rates) {
        double[] d = new double[rates.length];
        for (int i = 0; i < rates.length; i++) {
            d[i] = phi[i] - rates[i];
        }
        return DampedNewton.maxAbs(d);
    }

    private static boolean same(double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            if (Math.abs(x[i] - y[i]) > 1e-6 * Math.max(1, Math.abs(x[i]))) {
                return false;
            }
        }
        return true;
    }

    private static double max(double[] x) {
        double m = 0;
        for (double v : x) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    private static double maxTau(MeanFieldSystem model) {
        double t = 0;
        for (int a = 0; a < model.size(); a++) {
            t = Math.max(t, model.tauMs(a));
        }
        return t;
    }
}
