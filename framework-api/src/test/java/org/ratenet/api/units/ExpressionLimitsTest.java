package org.ratenet.api.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Deep, long and exponent-heavy expressions are one-line errors, never a stack overflow or a wrapped dimension. */
class ExpressionLimitsTest {

    private static ExpressionException fails(String text) {
        return assertThrows(ExpressionException.class, () -> Expression.parse(text).evaluate((java.util.function.Function<String, Quantity>) name -> null));
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
        assertTrue(fails("(".repeat(2000) + "5" + ")".repeat(2000)).getMessage().contains("nested deeper than 100"));
        assertTrue(fails("-".repeat(5000) + "5").getMessage().contains("nested deeper than 100"));
        assertTrue(fails("sqrt(".repeat(500) + "4" + ")".repeat(500)).getMessage().contains("nested deeper than 100"));
        assertEquals(5.0, Expression.parse("(".repeat(100) + "5" + ")".repeat(100)).evaluate(java.util.Map.of()).value());
    }

    @Test
    void tooLongIsRefused() {
        assertTrue(fails("1" + "+1".repeat(50_000)).getMessage().contains("too long: at most 10000"));
    }

    @Test
    void dimensionExponentsCannotWrap() {
        ExpressionException e = fails("2500*((((((ms^64)^64)^64)^64)^64)^64)");
        assertTrue(e.getMessage().contains("exponent range"), e.getMessage());
        fails("ms^64*ms");
    }
}
