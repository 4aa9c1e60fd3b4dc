package org.ratenet.api.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.ratenet.api.testing.SpecGenerators.quantities;
import static org.ratenet.api.testing.SpecGenerators.units;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityTest {

    @ParameterizedTest(name = "\"{0}\" is {1} {2}")
    @CsvSource({
            "20 ms, 20, TIME", "0.1 mV, 0.1, VOLTAGE", "8 Hz, 8, RATE", "1 nS, 1, CONDUCTANCE",
            "1 s, 1000, TIME", "1.5 V, 1500, VOLTAGE", "1 µS, 1000, CONDUCTANCE", "1 uS, 1000, CONDUCTANCE",
            "250 pF, 250, CAPACITANCE", "0.5 nA, 500, CURRENT", "2 kHz, 2000, RATE", "100 MOhm, 100, RESISTANCE",
            "1 pA/Hz, 1, CHARGE", "1 fC, 0.001, CHARGE", "20ms, 20, TIME", "-70 mV, -70, VOLTAGE",
            "1e-3 s, 1, TIME", "4, 4, DIMENSIONLESS", "1/s, 1, RATE", "1 min, 60000, TIME"})
    void parsesUnitsIntoCanonicalUnits(String text, double value, Dimension dimension) {
        Quantity q = Quantity.parse(text);
        assertEquals(dimension, q.dimension());
        assertEquals(value, q.value(), Math.ulp(value));
    }

    @Test
    void formatThenParseGivesTheSameBits() {
        qt().forAll(quantities()).checkAssert(q -> assertEquals(q, Quantity.parse(q.format()), q.format()));
    }

    @Test
    void aValueWrittenInAnyUnitReadsBackToTheSameCanonicalValue() {
        qt().forAll(doubles().between(-1e6, 1e6), units()).checkAssert((v, unit) -> {
            Quantity q = Quantity.of(v, unit);
            assertEquals(unit.dimension(), q.dimension());
            assertEquals(v, q.in(unit), 1e-15 * Math.abs(v));
            Quantity parsed = Quantity.parse(v + " " + unit.symbol());
            assertEquals(q.value(), parsed.value(), 1e-15 * Math.abs(q.value()), v + " " + unit.symbol());
        });
    }

    @Test
    void conversionsBetweenUnitsOfOneDimensionCompose() {
        qt().forAll(doubles().between(-1e6, 1e6)).checkAssert(v -> {
            assertEquals(Quantity.parse(v + " s").value(), Quantity.parse(v * 1000 + " ms").value(), 1e-12 * Math.abs(v * 1000));
            assertEquals(Quantity.parse(v + " V").value(), Quantity.parse(v * 1000 + " mV").value(), 1e-12 * Math.abs(v * 1000));
            assertEquals(Quantity.parse(v + " µS").value(), Quantity.parse(v * 1000 + " nS").value(), 1e-12 * Math.abs(v * 1000));
            assertEquals(Quantity.parse(v + " Hz").value(), Quantity.parse(v + "/s").value(), 0);
        });
    }

    @Test
    void aWrongDimensionIsRejectedWithTheFieldName() {
        ExpressionException e = assertThrows(ExpressionException.class,
                () -> Quantity.parse("tau_m", "20 mV", Dimension.TIME));
        assertTrue(e.getMessage().startsWith("tau_m: expected a time"), e.getMessage());
        assertTrue(e.getMessage().contains("voltage"), e.getMessage());
    }

    @Test
    void aForgottenUnitIsRejectedButZeroNeedsNone() {
        ExpressionException e = assertThrows(ExpressionException.class,
                () -> Quantity.parse("tau_m", "20", Dimension.TIME));
        assertTrue(e.getMessage().contains("a unit is missing"), e.getMessage());
        assertEquals(new Quantity(0, Dimension.VOLTAGE), Quantity.parse("V_reset", "0", Dimension.VOLTAGE));
    }

    @Test
    void malformedTextIsAOneLineError() {
        for (String bad : new String[] {"", "20 mx", "20 ms ms", "NaN ms", "1e999 ms", "20 ms + 1 mV", "(20 ms",
                "1.2.3 ms", "\u0000\u0001"}) {
            ExpressionException e = assertThrows(ExpressionException.class, () -> Quantity.parse("x", bad, Dimension.TIME), bad);
            assertTrue(!e.getMessage().contains("\n") && e.getMessage().startsWith("x: "), e.getMessage());
        }
    }
}
