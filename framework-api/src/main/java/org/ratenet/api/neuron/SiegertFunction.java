package org.ratenet.api.neuron;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;

/**
 * The stationary rate of a LIF neuron driven by white noise of mean μ and standard deviation σ (the
 * Siegert formula; Brunel 2000, eq. 21; Fourcaud and Brunel 2002):
 * <pre>
 *   1/ν = τ_ref + τ_m √π ∫_{y_r}^{y_θ} e^{u²} (1 + erf u) du,   y_θ = (θ − μ)/σ,  y_r = (V_r − μ)/σ
 * </pre>
 * with μ, θ, V_r in mV (the same reference as the neuron's potentials), σ in mV, τ in ms and ν in Hz.
 *
 * <p>Evaluation: the integrand is erfcx(−u), so the integral is G(y_θ) − G(y_r) with
 * G(y) = −H(−y) for y &lt; 0 and G(y) = 2√π e^{y²} D(y) − H(y) for y ≥ 0 (H = √π ∫ erfcx, D = Dawson's
 * integral, see {@link ScaledErrorFunctions}). Below threshold (y_θ > 0) everything is carried scaled by
 * e^{−y_θ²}, so ν decays smoothly to 0 without overflow; there is no cut-off. As σ → 0 the formula tends to
 * the deterministic LIF rate 1/(τ_ref + τ_m ln((μ − V_r)/(μ − θ))) above threshold and to 0 below, which
 * is also its value at σ = 0. Derivatives follow from dG/dy = √π erfcx(−y). About 50 ns per call.
 */
public final class SiegertFunction {

    /** α = √2 |ζ(1/2)| of the colored-noise correction (Fourcaud and Brunel 2002, eq. 4.33). */
    public static final double COLORED_NOISE_ALPHA = Math.sqrt(2) * 1.4603545088095868;

    private final double tauMs;
    private final double thresholdMv;
    private final double resetMv;
    private final double refractoryMs;

    /** A neuron with membrane time constant τ_m, threshold θ, reset V_r and refractory period τ_ref. */
    public SiegertFunction(double tauMs, double thresholdMv, double resetMv, double refractoryMs) {
        this.tauMs = Require.positive("tau_m", tauMs, "ms");
        this.thresholdMv = Require.finite("theta", thresholdMv, "mV");
        this.resetMv = Require.finite("V_reset", resetMv, "mV");
        this.refractoryMs = Require.nonNegative("t_ref", refractoryMs, "ms");
        if (!(resetMv < thresholdMv)) {
            throw new InvalidParameterException("V_reset", Require.format(resetMv) + " mV",
                    "< theta = " + Require.format(thresholdMv) + " mV");
        }
    }

    /** The Siegert function of a LIF neuron's parameters (θ = V_th, V_r = V_reset). */
    public static SiegertFunction of(LifParameters p) {
        return new SiegertFunction(p.tauMs(), p.thresholdMv(), p.resetMv(), p.refractoryMs());
    }

    /**
     * The same neuron with threshold and reset raised by (α/2) √(τ_s/τ_m) σ, the first-order effect of
     * synaptic filtering with time constant τ_s (Fourcaud and Brunel 2002), valid for τ_s ≪ τ_m.
     */
    public SiegertFunction withColoredNoise(double synapticTauMs, double sigmaMv) {
        Require.nonNegative("tau_syn", synapticTauMs, "ms");
        Require.nonNegative("sigma", sigmaMv, "mV");
        double shift = coloredNoiseShift(synapticTauMs, sigmaMv);
        return new SiegertFunction(tauMs, thresholdMv + shift, resetMv + shift, refractoryMs);
    }

    /** (α/2) √(τ_s/τ_m) σ in mV. */
    public double coloredNoiseShift(double synapticTauMs, double sigmaMv) {
        return COLORED_NOISE_ALPHA / 2 * Math.sqrt(synapticTauMs / tauMs) * sigmaMv;
    }

    public double tauMs() {
        return tauMs;
    }

    public double thresholdMv() {
        return thresholdMv;
    }

    public double resetMv() {
        return resetMv;
    }

    public double refractoryMs() {
        return refractoryMs;
    }

    /** ν(μ, σ) in Hz. */
    public double rate(double muMv, double sigmaMv) {
        return evaluate(muMv, sigmaMv, null);
    }

    /**
     * ν(μ, σ) in Hz, and into {@code derivatives} (length >= 2, may be null) ∂ν/∂μ and ∂ν/∂σ in Hz/mV.
     * Allocation free.
     */
    public double evaluate(double muMv, double sigmaMv, double[] derivatives) {
        Require.finite("mu", muMv, "mV");
        if (!(sigmaMv >= 0) || Double.isInfinite(sigmaMv)) {
            throw new InvalidParameterException("sigma", sigmaMv + " mV", ">= 0 mV and finite");
        }
        double a = (thresholdMv - muMv) / sigmaMv;
        double b = (resetMv - muMv) / sigmaMv;
        if (sigmaMv == 0 || !Double.isFinite(a) || !Double.isFinite(b)) {
            return deterministic(muMv, derivatives);
        }
        double sqrtPi = ScaledErrorFunctions.SQRT_PI;
        if (a <= 0) { // at or above threshold: I = H(−y_r) − H(−y_θ)
            double integral = ScaledErrorFunctions.integralOfErfcx(-b) - ScaledErrorFunctions.integralOfErfcx(-a);
            double nu = 1000 / (refractoryMs + tauMs * integral);
            if (derivatives != null) {
                double ea = ScaledErrorFunctions.erfcx(-a);
                double eb = ScaledErrorFunctions.erfcx(-b);
                double dIdMu = -sqrtPi / sigmaMv * (ea - eb);
                double dIdSigma = -sqrtPi / sigmaMv * (a * ea - b * eb);
                double factor = -nu * nu * tauMs / 1000;
                derivatives[0] = factor * dIdMu;
                derivatives[1] = factor * dIdSigma;
            }
            return nu;
        }
        // below threshold: everything times E = e^{−a²}
        double e = Math.exp(-a * a);
        double ga = 2 * sqrtPi * ScaledErrorFunctions.dawson(a) - e * ScaledErrorFunctions.integralOfErfcx(a);
        double gb = b >= 0
                ? 2 * sqrtPi * Math.exp((b - a) * (b + a)) * ScaledErrorFunctions.dawson(b) - e * ScaledErrorFunctions.integralOfErfcx(b)
                : -e * ScaledErrorFunctions.integralOfErfcx(-b);
        double q = refractoryMs * e + tauMs * (ga - gb);
        double nu = 1000 * e / q;
        if (derivatives != null) {
            double sa = ScaledErrorFunctions.scaledErfcxOfMinus(a, a);
            double sb = ScaledErrorFunctions.scaledErfcxOfMinus(b, a);
            double dIdMu = -sqrtPi / sigmaMv * (sa - sb);            // times e^{−a²}
            double dIdSigma = -sqrtPi / sigmaMv * (a * sa - b * sb);  // times e^{−a²}
            double factor = -1000 * tauMs * e / (q * q);
            derivatives[0] = factor * dIdMu;
            derivatives[1] = factor * dIdSigma;
        }
        return nu;
    }

    /** The σ → 0 limit: 1/(τ_ref + τ_m ln((μ − V_r)/(μ − θ))) above threshold, 0 at or below. */
    public double deterministicRate(double muMv) {
        return deterministic(muMv, null);
    }

    private double deterministic(double mu, double[] derivatives) {
        if (!(mu > thresholdMv)) {
            if (derivatives != null) {
                derivatives[0] = 0;
                derivatives[1] = 0;
            }
            return 0;
        }
        double nu = 1000 / (refractoryMs + tauMs * Math.log((mu - resetMv) / (mu - thresholdMv)));
        if (derivatives != null) {
            derivatives[0] = -nu * nu * tauMs / 1000 * (1 / (mu - resetMv) - 1 / (mu - thresholdMv));
            derivatives[1] = 0;
        }
        return nu;
    }

    @Override
    public String toString() {
        return "Siegert[tau_m=" + tauMs + " ms, theta=" + thresholdMv + " mV, V_r=" + resetMv + " mV, t_ref=" + refractoryMs + " ms]";
    }
}
