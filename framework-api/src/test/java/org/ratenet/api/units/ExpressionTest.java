package org.ratenet.api.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ExpressionTest {

    /** Brunel (2000) model A as in the NEST example: nu_th = theta / (J C_E tau_m). */
    @Test
    void brunelThresholdRateHasTheDimensionOfARate() {
        Map<String, Quantity> p = Map.of("theta", Quantity.parse("20 mV"), "J", Quantity.parse("0.1 mV"),
                "CE", Quantity.number(1000), "tau_m", Quantity.parse("20 ms"), "eta", Quantity.number(2));
        Quantity nuTh = Expression.parse("theta/(J*CE*tau_m)").evaluate(p);
        assertEquals(Dimension.RATE, nuTh.dimension());
        assertEquals(10.0, nuTh.value(), 1e-12); // 20 / (0.1 · 1000 · 0.020 s) = 10 Hz
        assertEquals(20.0, Expression.parse("eta*theta/(J*CE*tau_m)").evaluate(p).value(), 1e-12);
    }

    @Test
    void arithmeticFollowsPrecedenceAndFunctions() {
        Map<String, Quantity> p = Map.of("order", Quantity.number(2500), "g", Quantity.number(5), "J", Quantity.parse("0.1 mV"),
                "epsilon", Quantity.number(0.1));
        assertEquals(10000, Expression.parse("4*order").evaluate(p).value());
        assertEquals(Quantity.parse("-0.5 mV"), Expression.parse("-g*J").evaluate(p));
        assertEquals(1000, Expression.parse("floor(epsilon*4*order)").evaluate(p).value());
        assertEquals(Quantity.parse("21.5 ms"), Expression.parse("20 ms + 1.5 ms").evaluate(p));
        assertEquals(Quantity.parse("1020 ms"), Expression.parse("1 s + 20 ms").evaluate(p));
        assertEquals(Quantity.parse("3 mV"), Expression.parse("sqrt(9 mV*mV)").evaluate(p));
        assertEquals(Quantity.parse("3 mV"), Expression.parse("sqrt((3 mV)^2)").evaluate(p));
        assertEquals(14.0, Expression.parse("2 + 3 * 4").evaluate(p).value());
        assertEquals(20.0, Expression.parse("(2 + 3) * 4").evaluate(p).value());
        assertEquals(Quantity.parse("2 ms"), Expression.parse("min(2 ms, 3 ms)").evaluate(p));
        assertEquals(Set.of("g", "J"), Expression.parse("-g*J + 2 mV").names());
    }

    @Test
    void scalingAnExpressionScalesItsValue() {
        qt().forAll(doubles().between(-1e3, 1e3), doubles().between(-1e3, 1e3)).checkAssert((a, b) -> {
            Map<String, Quantity> p = Map.of("a", Quantity.parse(a + " mV"), "b", Quantity.number(b));
            Quantity q = Expression.parse("a*b - a").evaluate(p);
            assertEquals(a * b - a, q.value(), 1e-12 * (Math.abs(a * b) + Math.abs(a)));
            assertEquals(Dimension.VOLTAGE, q.dimension());
        });
    }

    @Test
    void dimensionErrorsAndUnknownNamesAreReported() {
        assertMessage("cannot add", "20 ms + 1 mV");
        assertMessage("unknown name 'zeta'", "2*zeta");
        assertMessage("no unit", "1 ms * 1 ms");
        assertMessage("unknown function", "foo(2)");
        assertMessage("is not a unit", "2 g");
        assertMessage("not a finite number", "1/0");
        assertMessage("unexpected ')'", "2)");
    }

    private static void assertMessage(String part, String text) {
        ExpressionException e = assertThrows(ExpressionException.class, () -> Expression.parse(text).evaluate(Map.of()));
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }
}
