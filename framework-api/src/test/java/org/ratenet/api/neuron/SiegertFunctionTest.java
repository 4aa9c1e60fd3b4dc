package org.ratenet.api.neuron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.ratenet.api.error.InvalidParameterException;

class SiegertFunctionTest {

    /** Brunel (2000) / NEST example neuron: τ_m = 20 ms, θ = 20 mV, V_r = 10 mV, τ_ref = 2 ms. */
    private static final SiegertFunction BRUNEL = new SiegertFunction(20, 20, 10, 2);

    /** σ log-uniform over 1e-3 … 1e2 mV. */
    private static Gen<Double> sigmas() {
        return doubles().between(-3, 2).map(x -> Math.pow(10, x));
    }

    @Test
    void agreesWithTheIndependentSlowQuadratureTo1e9() {
        qt().forAll(doubles().between(-60, 80), sigmas(), doubles().between(2, 50), doubles().between(0, 5))
                .checkAssert((mu, sigma, tau, tRef) -> {
                    SiegertFunction f = new SiegertFunction(tau, 20, 10, tRef);
                    double fast = f.rate(mu, sigma);
                    double slow = SiegertReference.rate(tau, 20, 10, tRef, mu, sigma);
                    if (slow > 1e-250) {
                        assertEquals(slow, fast, 1e-9 * slow, "mu=" + mu + " sigma=" + sigma);
                    } else {
                        assertTrue(fast < 1e-240, "fast=" + fast + " where the reference is " + slow);
                    }
                });
    }

    @Test
    void rateIncreasesWithMeanInputAndStaysBelowTheRefractoryLimit() {
        qt().forAll(doubles().between(-40, 60), doubles().between(0.001, 20), sigmas()).checkAssert((mu, step, sigma) -> {
            double lower = BRUNEL.rate(mu, sigma);
            double upper = BRUNEL.rate(mu + step, sigma);
            assertTrue(upper >= lower, mu + " -> " + lower + ", " + (mu + step) + " -> " + upper);
            assertTrue(lower >= 0 && upper < 1000 / BRUNEL.refractoryMs());
        });
        assertTrue(BRUNEL.rate(25, 5) > 0);
    }

    /** Above threshold the rate tends to the deterministic LIF rate as σ → 0; below it tends to 0. */
    @Test
    void smallNoiseApproachesTheDeterministicLifRateContinuously() {
        qt().forAll(doubles().between(20.5, 80)).checkAssert(mu -> {
            double deterministic = 1000 / (2 + 20 * Math.log((mu - 10) / (mu - 20)));
            double previous = Double.POSITIVE_INFINITY;
            for (double sigma : new double[] {1, 0.1, 0.01, 1e-3, 1e-4}) {
                double error = Math.abs(BRUNEL.rate(mu, sigma) - deterministic);
                assertTrue(error <= previous + 1e-12 * deterministic, "error grows at sigma " + sigma);
                previous = error;
            }
            assertTrue(previous < 1e-3 * deterministic, "at sigma 1e-4 the error is " + previous);
            assertEquals(deterministic, BRUNEL.rate(mu, 0), 1e-12 * deterministic);
        });
        qt().forAll(doubles().between(-60, 19.5)).checkAssert(mu -> {
            assertTrue(BRUNEL.rate(mu, 0.01) < 1e-100);
            assertEquals(0.0, BRUNEL.rate(mu, 0));
        });
    }

    @Test
    void analyticDerivativesMatchFiniteDifferences() {
        qt().forAll(doubles().between(-10, 50), doubles().between(-1, 1.5).map(x -> Math.pow(10, x))).checkAssert((mu, sigma) -> {
            double[] d = new double[2];
            double nu = BRUNEL.evaluate(mu, sigma, d);
            if (nu < 1e-100) {
                return;
            }
            // below threshold ν ∝ e^{−a²} varies on the scale σ/(1 + a) in μ and σ/(1 + a²) in σ, a = (θ − μ)/σ
            double a = Math.max(0, 20 - mu) / sigma;
            double h = 1e-4 * sigma / (1 + a);
            double dMu = (BRUNEL.rate(mu + h, sigma) - BRUNEL.rate(mu - h, sigma)) / (2 * h);
            double hs = 1e-4 * sigma / (1 + a * a);
            double dSigma = (BRUNEL.rate(mu, sigma + hs) - BRUNEL.rate(mu, sigma - hs)) / (2 * hs);
            double scale = nu / Math.min(sigma, 1);
            assertEquals(dMu, d[0], 1e-5 * Math.abs(dMu) + 1e-9 * scale, "d/dmu at mu=" + mu + " sigma=" + sigma);
            assertEquals(dSigma, d[1], 1e-5 * Math.abs(dSigma) + 1e-9 * scale, "d/dsigma at mu=" + mu + " sigma=" + sigma);
        });
    }

    @Test
    void smoothAcrossTheThresholdWhereTheEvaluationChangesForm() {
        for (double sigma : new double[] {0.1, 1, 5, 30}) {
            double eps = 1e-9;
            double[] d = new double[2];
            double at = BRUNEL.evaluate(20, sigma, d);
            assertEquals(at, BRUNEL.rate(20 - eps, sigma), 10 * eps * Math.abs(d[0]) + 1e-14 * at);
            assertEquals(at, BRUNEL.rate(20 + eps, sigma), 10 * eps * Math.abs(d[0]) + 1e-14 * at);
        }
    }

    @Test
    void coloredNoiseShiftsThresholdAndResetByHalfAlphaSqrtTauRatioSigma() {
        assertEquals(2.0652531, SiegertFunction.COLORED_NOISE_ALPHA, 1e-7); // √2 |ζ(1/2)|
        SiegertFunction shifted = BRUNEL.withColoredNoise(5, 4);
        double shift = SiegertFunction.COLORED_NOISE_ALPHA / 2 * Math.sqrt(5.0 / 20) * 4;
        assertEquals(20 + shift, shifted.thresholdMv(), 1e-12);
        assertEquals(10 + shift, shifted.resetMv(), 1e-12);
        assertTrue(shifted.rate(18, 4) < BRUNEL.rate(18, 4));
    }

    @Test
    void badInputIsRejectedWithItsName() {
        assertEquals("tau_m", assertThrows(InvalidParameterException.class, () -> new SiegertFunction(0, 20, 10, 2)).parameter());
        assertEquals("V_reset", assertThrows(InvalidParameterException.class, () -> new SiegertFunction(20, 10, 10, 2)).parameter());
        assertEquals("t_ref", assertThrows(InvalidParameterException.class, () -> new SiegertFunction(20, 20, 10, -1)).parameter());
        assertEquals("sigma", assertThrows(InvalidParameterException.class, () -> BRUNEL.rate(10, -1)).parameter());
        assertEquals("sigma", assertThrows(InvalidParameterException.class, () -> BRUNEL.rate(10, Double.NaN)).parameter());
        assertEquals("mu", assertThrows(InvalidParameterException.class, () -> BRUNEL.rate(Double.NaN, 1)).parameter());
    }
}
