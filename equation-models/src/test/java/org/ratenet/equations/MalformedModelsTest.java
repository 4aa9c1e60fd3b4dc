package org.ratenet.equations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Malformed equation models: each a one-line {@link EquationException} with field, line and column, never a stack trace. */
class MalformedModelsTest {

    private static final String LIF = "dV/dt = (E_L - V)/tau_m + I_syn/C_m : mV";

    private static ModelDefinition.Builder lif() {
        return ModelDefinition.builder("m").equations(LIF).threshold("V > V_th").reset("V = V_reset").refractory("t_ref")
                .parameter("tau_m", "20 ms").parameter("C_m", "250 pF").parameter("E_L", "0 mV").parameter("V_th", "20 mV")
                .parameter("V_reset", "10 mV").parameter("t_ref", "2 ms");
    }

    private static Arguments at(String field, int line, int column, UnaryOperator<ModelDefinition.Builder> change) {
        return Arguments.of(field, line, column, change);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
            at("equations", 1, 36, b -> b.equations("dV/dt = (E_L - V)/tau_m + I_syn/C_m")), // unit missing
            at("equations", 1, 10, b -> b.equations("dV/dt = (E_L - V) + I_syn/C_m*ms : mV")), // mV, not mV/ms
            at("equations", 1, 16, b -> b.equations("dV/dt = (E_L - Vx)/tau_m : mV")), // unknown identifier
            at("equations", 1, 26, b -> b.equations("dV/dt = ((E_L - V)/tau_m : mV")), // unbalanced parenthesis
            at("equations", 1, 9, b -> b.equations("dV/dt = foo(V)/tau_m : mV")), // unknown function
            at("equations", 1, 13, b -> b.equations("dV/dt = exp(V)*mV/tau_m : mV")), // exp of a voltage
            at("equations", 1, 20, b -> b.equations("dV/dt = (E_L - V + I_syn)/tau_m : mV")), // mV + pA
            at("equations", 1, 27, b -> b.equations("dV/dt = (E_L - V)/tau_m : mVolt")), // unknown unit
            at("equations", 2, 1, b -> b.equations(LIF + "\n" + LIF)), // defined twice
            at("equations", 1, 1, b -> b.equations("V = E_L : mV")), // no differential equation
            at("equations", 1, 1, b -> b.equations("   \n  ")), // empty
            at("equations", 1, 7, b -> b.equations("dV/dt (E_L - V)/tau_m : mV")), // '=' missing
            at("equations", 2, 1, b -> b.equations(LIF + "\ndt/dt = 1 : 1")), // t is reserved
            at("equations", 2, 1, b -> b.equations(LIF + "\ndtau_m/dt = -tau_m/ms : ms")), // a parameter as a variable
            at("equations", 1, 25, b -> b.equations("dV/dt = (E_L - V)/tau_m $ : mV")), // unexpected character
            at("equations", 1, 11, b -> b.equations("dV/dt = 2 foo : mV")), // a number and a name that is no unit
            at("equations", 1, 42, b -> b.equations("dV/dt = (E_L - V)/tau_m + I_syn/C_m : mV (unless refractory)")), // flags
            at("equations", 1, 10, b -> b.equations("dV/dt = (E_L - V)^1.5/tau_m : mV")), // fractional power of a voltage
            at("equations", 1, 9, b -> b.equations("dV/dt = sqrt(V)/tau_m : mV")), // sqrt of mV
            at("equations", 2, 8, b -> b.equations(LIF + "\nI_L = (E_L - V)/tau_m : pA")), // subexpression unit
            at("equations", 3, 5, b -> b.equations(LIF + "\nx = y : mV\ny = x : mV")), // circular subexpressions
            at("equations", 1, 9, b -> b.equations("dV/dt = max(V)/tau_m : mV")), // arity
            at("equations", 2, 1, b -> b.equations(LIF + "\ndr/dt = -r/tau_m : Hz")), // a state variable in Hz
            at("equations", 26, 1, b -> b.equations(LIF + "\n" + doubling(40))), // subexpressions that expand to 2^40 terms
            at("equations", 1, 405, b -> b.equations("dV/dt = -(V" + " + V".repeat(300) + ")/tau_m : mV")), // a sum of 301 terms
            at("equations", 2, 1, b -> b.equations(LargeModelsTest.deep(3))), // deeper than 250 once substituted
            at("equations", 1, 9, b -> b.equations("dV/dt = rand()*mV/ms : mV")), // rand() outside initial values
            at("equations", 1, 109, b -> b.equations("dV/dt = " + "(".repeat(101) + "V" + ")".repeat(101) + "/tau_m : mV")), // nesting
            at("threshold", 1, 1, b -> b.threshold("")), // missing threshold
            at("threshold", 1, 1, b -> b.threshold("V > t_ref")), // mV against ms
            at("threshold", 1, 2, b -> b.threshold("V")), // no comparison
            at("threshold", 1, 1, b -> b.threshold("E_L > V_th")), // no state variable
            at("threshold", 1, 5, b -> b.threshold("V + I_syn*MOhm > V_th")), // I_syn outside the equations
            at("reset", 1, 1, b -> b.reset("U = V_reset")), // undeclared variable
            at("reset", 1, 1, b -> b.reset("V_th = 10 mV")), // a parameter
            at("reset", 1, 5, b -> b.reset("V = t_ref")), // ms into mV
            at("reset", 1, 3, b -> b.reset("V == V_reset")), // not an assignment
            at("reset", 1, 15, b -> b.reset("V = V_reset; w")), // an incomplete second statement
            at("refractory", 1, 1, b -> b.refractory("V_th")), // a voltage as period
            at("refractory", 1, 1, b -> b.refractory("V/mV*ms")), // a state variable in a constant
            at("initial.U", 1, 1, b -> b.initial("U", "0 mV")), // no such variable
            at("initial.V", 1, 1, b -> b.initial("V", "2 ms")), // wrong unit
            at("method", 1, 1, b -> b.method("rk7")), // unknown method
            at("membrane", 1, 1, b -> b.membrane("U")), // no such variable
            at("parameters", 1, 1, b -> b.parameter("I_syn", "1 pA"))); // a reserved name
    }

    /** x0 = x1 + x1, x1 = x2 + x2, ...: each doubles the terms of the next. */
    private static String doubling(int n) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < n; k++) {
            b.append("x").append(k).append(" = x").append(k + 1).append(" + x").append(k + 1).append(" : mV\n");
        }
        return b.append("x").append(n).append(" = V : mV").toString();
    }

    @ParameterizedTest(name = "{0} {1}:{2}")
    @MethodSource("malformed")
    void aMalformedDefinitionIsOneLineNamingFieldLineAndColumn(String field, int line, int column, UnaryOperator<ModelDefinition.Builder> change) {
        EquationException e = assertThrows(EquationException.class, () -> EquationModel.parse(change.apply(lif()).build()));
        String message = e.getMessage();
        assertFalse(message.contains("\n"), message);
        assertTrue(message.startsWith(field + ", line " + line + ", column " + column + ": "), message);
        assertEquals(field, e.field());
    }

    @Test
    void atLeastThirtyMalformedDefinitionsAreChecked() {
        assertTrue(malformed().count() >= 30);
    }

    @Test
    void aUnitErrorNamesTheEquationTheTermAndBothUnits() {
        EquationException e = assertThrows(EquationException.class, () -> EquationModel.parse(lif()
                .equations("dV/dt = (E_L - V + I_syn)/tau_m : mV").build()));
        assertTrue(e.getMessage().contains("dV/dt: 'E_L - V' (mV) and 'I_syn' (pA) cannot be added"), e.getMessage());
        EquationException rhs = assertThrows(EquationException.class, () -> EquationModel.parse(lif()
                .equations(LIF + "\ndw/dt = (V - E_L)/tau_m : pA").build()));
        assertTrue(rhs.getMessage().contains("dw/dt: the right-hand side '(V - E_L)/tau_m' has unit mV/ms, but dw/dt needs pA/ms"), rhs.getMessage());
    }

    @Test
    void aPopulationParameterIsValidatedLikeABuiltInModelsWithADivisorPositive() {
        EquationModel model = EquationModel.parse(lif().build());
        org.ratenet.api.error.InvalidParameterException e = assertThrows(org.ratenet.api.error.InvalidParameterException.class,
                () -> model.build(org.ratenet.api.param.ParameterSet.builder().put("tau_m", 0, org.ratenet.api.units.Unit.MS).build()));
        assertTrue(e.getMessage().contains("tau_m") && e.getMessage().contains("> 0"), e.getMessage());
        IllegalArgumentException unit = assertThrows(IllegalArgumentException.class,
                () -> model.build(org.ratenet.api.param.ParameterSet.builder().put("tau_m", 20, org.ratenet.api.units.Unit.MV).build()));
        assertTrue(unit.getMessage().contains("tau_m"), unit.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> model.build(org.ratenet.api.param.ParameterSet.builder().put("tau_w", 20, org.ratenet.api.units.Unit.MS).build()));
        assertTrue(unknown.getMessage().contains("tau_w") && unknown.getMessage().contains("tau_m"), unknown.getMessage());
        assertFalse(unknown.getMessage().contains("\n"));
    }

    @Test
    void exactIntegrationOfANonlinearModelIsRefusedWithTheReason() {
        EquationException e = assertThrows(EquationException.class, () -> EquationModel.parse(
                ModelDefinition.builder("eif").equations(StandardModels.eif("x").equations()).threshold("V > V_peak").reset("V = V_reset")
                        .method("exact").parameter("C_m", "200 pF").parameter("g_L", "10 nS").parameter("E_L", "-65 mV")
                        .parameter("V_T", "-50 mV").parameter("Delta_T", "2 mV").parameter("V_peak", "-40 mV").parameter("V_reset", "-60 mV")
                        .build()).javaSource(false, false));
        assertTrue(e.getMessage().contains("'exact' needs linear equations"), e.getMessage());
    }
}
