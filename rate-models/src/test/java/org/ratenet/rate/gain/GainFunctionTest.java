package org.ratenet.rate.gain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.model.GainFunction;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.units.Quantity;
import org.ratenet.api.units.Unit;

class GainFunctionTest {

    /** β 1e-3–10 Hz/pA, r_max 1–1000 Hz (saturation off in half the threshold-linear cases). */
    private static Gen<GainFunction> gains() {
        return in -> {
            double beta = Math.pow(10, doubles().between(-3, 1).generate(in));
            double rMax = Math.pow(10, doubles().between(0, 3).generate(in));
            return switch (integers().between(0, 2).generate(in)) {
                case 0 -> new SigmoidGain(beta, rMax);
                case 1 -> new ThresholdLinearGain(beta, rMax);
                default -> new ThresholdLinearGain(beta, 0);
            };
        };
    }

    @Test
    void derivativeMatchesAFiniteDifferenceAwayFromKinks() {
        qt().forAll(gains(), doubles().between(-1000, 1000)).checkAssert((f, x) -> {
            double h = 1e-5 * Math.max(1, Math.abs(x));
            boolean nearKink = Math.abs(x) < 2 * h || (f instanceof ThresholdLinearGain t && t.maxRateHz() > 0
                    && Math.abs(x - t.maxRateHz() / t.betaHzPerPa()) < 2 * h);
            if (nearKink) {
                return;
            }
            double fd = (f.value(x + h) - f.value(x - h)) / (2 * h);
            double scale = f instanceof SigmoidGain s ? s.betaHzPerPa() : ((ThresholdLinearGain) f).betaHzPerPa();
            double rounding = 4 * Math.ulp(Math.max(f.value(x + h), 1e-300)) / h; // rounding bound of the difference
            assertEquals(fd, f.derivative(x), 1e-6 * scale + rounding, f + " at " + x);
        });
    }

    @Test
    void inverseUndoesTheGainOnItsRange() {
        qt().forAll(gains(), doubles().between(0.001, 0.999)).checkAssert((f, fraction) -> {
            double top = f.inverseDomain().upper();
            double r = Double.isInfinite(top) ? fraction * 1000 : fraction * top;
            assertEquals(r, f.value(f.inverse(r)), 1e-9 * r, f.toString());
        });
        assertThrows(InvalidParameterException.class, () -> new SigmoidGain(1, 10).inverse(10));
        assertThrows(InvalidParameterException.class, () -> new ThresholdLinearGain(1, 0).inverse(0));
    }

    @Test
    void gainsAreMonotoneFiniteAndThresholdLinearIsExactlyZeroBelowThreshold() {
        qt().forAll(gains(), doubles().between(-1e6, 1e6), doubles().between(0, 1e6)).checkAssert((f, x, dx) -> {
            double a = f.value(x);
            double b = f.value(x + dx);
            assertTrue(Double.isFinite(a) && Double.isFinite(f.derivative(x)), f + " at " + x);
            assertTrue(b >= a, f + ": f(" + x + ") = " + a + " > f(" + (x + dx) + ") = " + b);
            if (f instanceof ThresholdLinearGain && x <= 0) {
                assertEquals(0.0, a);
                assertEquals(0.0, f.derivative(x));
            }
        });
        SigmoidGain s = new SigmoidGain(10, 100);
        assertEquals(0.0, s.value(-1e6));
        assertEquals(100.0, s.value(1e6));
        assertEquals(0.0, s.derivative(1e6));
        assertEquals(10.0, s.derivative(0), 1e-12); // β is the slope at threshold
        assertEquals(50.0, s.value(0));
    }

    @Test
    void theKindsResolveByNameWithBetaInHzPerPa() {
        Ratenet ratenet = Ratenet.create();
        GainFunction f = ratenet.gains().get("threshold_linear")
                .build(ParameterSet.builder().put("beta", Quantity.of(0.1, Unit.HZ_PER_PA)).build());
        assertEquals(new ThresholdLinearGain(0.1, 0), f);
        GainFunction s = ratenet.gains().get("sigmoid").build(ParameterSet.builder()
                .put("beta", Quantity.of(2, Unit.HZ_PER_PA)).put("r_max", 100, Unit.HZ).build());
        assertEquals(2.0, s.derivative(0), 1e-12);
        // a β in Hz is the wrong dimension: rejected naming beta
        RuntimeException e = assertThrows(RuntimeException.class, () -> ratenet.gains().get("sigmoid")
                .build(ParameterSet.builder().put("beta", 0.1, Unit.HZ).build()));
        assertTrue(e.getMessage().startsWith("beta: expected a rate per current"), e.getMessage());
    }
}
