package org.ratenet.api.neuron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;
import org.ratenet.api.neuron.SiegertFunction;
import org.ratenet.api.error.InvalidParameterException;

class FirstPassageRateTest {

    /** For the LIF drift a(V) = (μ − V)/τ_m the first-passage rate is the Siegert formula (Brunel 2000, eq. 21). */
    @Test
    void theLeakyDriftGivesTheSiegertRate() {
        qt().withExamples(60).forAll(doubles().between(5, 30), doubles().between(0.5, 8), doubles().between(10, 25))
                .checkAssert((mu, sigma, tau) -> {
                    SiegertFunction siegert = new SiegertFunction(tau, 20, 10, 2);
                    double expected = siegert.rate(mu, sigma);
                    double rate = new FirstPassageRate(v -> (mu - v) / tau, 10, 20, 2, 4000).rateHz(sigma * sigma / tau);
                    assertEquals(expected, rate, 1e-5 * expected + 1e-12, "μ = " + mu + ", σ = " + sigma + ", τ = " + tau);
                });
    }

    /** With weak noise the rate of a neuron above threshold approaches 1 / (τ_ref + ∫ dV / a(V)). */
    @Test
    void weakNoiseApproachesTheDeterministicPeriod() {
        double tau = 10;
        double mu = 30;
        double deterministic = 1000 / (2 + tau * Math.log((mu - 10) / (mu - 20)));
        double rate = new FirstPassageRate(v -> (mu - v) / tau, 10, 20, 2, 20_000).rateHz(0.01 * 0.01 / tau);
        assertEquals(deterministic, rate, 1e-3 * deterministic);
    }

    @Test
    void badInputIsNamed() {
        assertEquals("V_reset", assertThrows(InvalidParameterException.class, () -> new FirstPassageRate(v -> -v, 20, 10, 2, 1000)).parameter());
        assertEquals("s (input variance rate)", assertThrows(InvalidParameterException.class,
                () -> new FirstPassageRate(v -> -v, 0, 10, 2, 1000).rateHz(0)).parameter());
        // a drift that never restores: V escapes downwards
        assertEquals("drift", assertThrows(InvalidParameterException.class,
                () -> new FirstPassageRate(v -> -1, 0, 10, 2, 1000).rateHz(1)).parameter());
        assertEquals("drift", assertThrows(InvalidParameterException.class,
                () -> new FirstPassageRate(v -> Double.NaN, 0, 10, 2, 1000).rateHz(1)).parameter());
    }
}
