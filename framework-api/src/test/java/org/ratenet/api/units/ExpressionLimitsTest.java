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

    /** Random nested expressions of any depth and length: a value or an {@link ExpressionException}, nothing else. */
    @Test
    void anyNestingGivesAValueOrAOneLineError() {
        org.quicktheories.QuickTheory.qt().withExamples(300).withFixedSeed(20261206).forAll(
                org.quicktheories.generators.SourceDSL.integers().between(0, 400),
                org.quicktheories.generators.SourceDSL.integers().between(0, 5),
                org.quicktheories.generators.SourceDSL.integers().between(0, 3000)).checkAssert((depth, kind, terms) -> {
                    String inner = switch (kind) {
                        case 0 -> "(".repeat(depth) + "2 ms" + ")".repeat(depth);
                        case 1 -> "-".repeat(depth) + "3";
                        case 2 -> "sqrt(".repeat(depth) + "4" + ")".repeat(depth);
                        case 3 -> "1" + "*2".repeat(terms);
                        case 4 -> "(ms^" + Math.min(depth, 64) + ")^" + Math.min(depth, 64);
                        default -> "(".repeat(depth) + "1" + "+1".repeat(terms) + ")".repeat(depth / 2);
                    };
                    try {
                        Expression.parse(inner).evaluate(java.util.Map.of());
                    } catch (ExpressionException e) {
                        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
                    }
                });
    }

    @Test
    void dimensionExponentsCannotWrap() {
        ExpressionException e = fails("2500*((((((ms^64)^64)^64)^64)^64)^64)");
        assertTrue(e.getMessage().contains("exponent range"), e.getMessage());
        fails("ms^64*ms");
    }
}
