package org.ratenet.api.error;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.neuron.LifModel;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.units.Quantity;
import org.ratenet.api.units.Unit;

/** A wrong unit, a value out of range, bad syntax and an unknown name are the same kind of mistake: one exception family. */
class InvalidInputFamilyTest {

    private static final LifModel LIF = new LifModel();

    private static ParameterSet.Builder brunel() {
        return ParameterSet.builder().put("V_th", 20, Unit.MV).put("V_reset", 10, Unit.MV);
    }

    @Test
    void aWrongUnitAndAnOutOfRangeValueAreBothInvalidInput() {
        InvalidInputException unit = assertThrows(InvalidInputException.class, () -> LIF.build(brunel().put("tau_m", 20, Unit.MV).build()));
        assertTrue(unit.getMessage().contains("tau_m") && unit.getMessage().contains("a time"), unit.getMessage());
        InvalidInputException range = assertThrows(InvalidInputException.class, () -> LIF.build(brunel().put("tau_m", -5, Unit.MS).build()));
        assertTrue(range.getMessage().contains("tau_m"), range.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LIF.build(brunel().put("tau_m", 20, Unit.MV).build()), "and Java's own family");
    }

    @Test
    void badSyntaxAndUnknownNamesAreInvalidInputToo() {
        assertThrows(InvalidInputException.class, () -> Quantity.parse("tau_m", "20 ms +", org.ratenet.api.units.Dimension.TIME));
        assertThrows(InvalidInputException.class, () -> Ratenet.builder().discover(false).build().neuronModels().get("adex"));
    }
}
