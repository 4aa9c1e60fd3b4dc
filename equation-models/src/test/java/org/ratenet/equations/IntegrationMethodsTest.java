package org.ratenet.equations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

/** Each integration method against an analytic or a high-accuracy solution, and the method chosen from the equations. */
class IntegrationMethodsTest {

    private static ModelDefinition.Builder subthreshold(String name, String equations) {
        return ModelDefinition.builder(name).equations(equations).threshold("V > 1000 mV").reset("V = 0 mV").initial("V", "-70 mV")
                .parameter("tau_m", "20 ms").parameter("C_m", "200 pF").parameter("E_L", "-70 mV").parameter("g_L", "10 nS")
                .parameter("V_T", "-50 mV").parameter("Delta_T", "2 mV").parameter("tau_w", "100 ms").parameter("a", "4 nS")
                .parameter("tau_g", "5 ms").parameter("E_e", "0 mV");
    }

    private static final String LINEAR_2D = "dV/dt = (E_L - V)/tau_m + (I_syn - w)/C_m : mV\ndw/dt = (a*(V - E_L) - w)/tau_w : pA";
    private static final String CONDITIONALLY_LINEAR = "dV/dt = (g_L*(E_L - V) + g*(E_e - V) + I_syn)/C_m : mV\ndg/dt = -g/tau_g : nS";
    private static final String EIF = "dV/dt = (g_L*(E_L - V) + g_L*Delta_T*exp((V - V_T)/Delta_T) + I_syn)/C_m : mV";

    /** V after {@code ms} of constant current {@code pA}, starting at rest (and g at 20 nS where there is a g). */
    private static double voltageAfter(ModelDefinition.Builder definition, String method, double dt, double ms, double pA) {
        EquationModel model = EquationModel.parse(definition.method(method).build());
        SinglePopulation p = new SinglePopulation(model, model.exampleParameters(), 1, dt, pA);
        if (model.variables().contains("g")) {
            p.variable("g")[0] = 20;
        }
        p.run(Math.round(ms / dt));
        return p.variable("V")[0];
    }

    @Test
    void theLifIsIntegratedExactly() {
        ModelDefinition.Builder lif = subthreshold("lif", "dV/dt = (E_L - V)/tau_m + I_syn/C_m : mV");
        EquationModel model = EquationModel.parse(lif.build());
        assertEquals(IntegrationMethod.EXACT, model.method(false));
        assertEquals(IntegrationMethod.EXPONENTIAL_EULER, model.method(true));
        double v = voltageAfter(lif, "", 0.1, 30, 300);
        double analytic = -70 + 20 * 300.0 / 200 * (1 - Math.exp(-30 / 20.0)); // E_L + R I (1 − e^{−t/τ}), R = τ/C
        assertEquals(analytic, v, 1e-12 * Math.abs(analytic));
    }

    @Test
    void theExactlyIntegratedMembraneIsHeldAtResetForTheRefractoryPeriod() {
        EquationModel lif = EquationModel.parse(StandardModels.lif("lif"));
        SinglePopulation p = new SinglePopulation(lif, lif.exampleParameters(), 1, 0.1, 600); // suprathreshold: R I = 48 mV
        while (p.spikeTimes.get(0).isEmpty()) {
            p.step();
        }
        for (int s = 0; s < 20; s++) { // t_ref = 2 ms: V stays at V_reset = 10 mV for the spike step and the 20 held steps
            assertEquals(10.0, p.variable("V")[0], 0.0, "step " + s + " after the spike");
            p.step();
        }
        p.step(); // the first step after the 20 held ones
        assertTrue(p.variable("V")[0] > 10.0, "V integrates again after t_ref");
    }

    @Test
    void aLinearSystemIsIntegratedExactlyAsRk4AtAHundredthOfTheStepConfirms() {
        ModelDefinition.Builder adaptive = subthreshold("linear", LINEAR_2D);
        assertEquals(IntegrationMethod.EXACT, EquationModel.parse(adaptive.build()).method(false));
        double exact = voltageAfter(adaptive, "", 0.5, 200, 300);
        double reference = voltageAfter(adaptive, "rk4", 0.005, 200, 300);
        assertEquals(reference, exact, 1e-9);
    }

    @Test
    void exponentialEulerConvergesWithOrderOne() {
        ModelDefinition.Builder model = subthreshold("cond", CONDITIONALLY_LINEAR);
        assertEquals(IntegrationMethod.EXPONENTIAL_EULER, EquationModel.parse(model.build()).method(false));
        assertOrder(model, "exponential_euler", 1, 0.2);
    }

    @Test
    void rk4Rk2AndEulerConvergeWithTheirOrders() {
        ModelDefinition.Builder eif = subthreshold("eif", EIF);
        assertEquals(IntegrationMethod.RK4, EquationModel.parse(eif.build()).method(false));
        assertOrder(eif, "rk4", 4, 0.4);
        assertOrder(eif, "rk2", 2, 0.2);
        assertOrder(eif, "euler", 1, 0.1);
    }

    @Test
    void theSeriesOfPhiOneAgreesWithExpm1ToARelative1e15() {
        qt().forAll(doubles().between(-0.5, 0.5)).checkAssert(z -> {
            double exact = z == 0 ? 1 : Math.expm1(z) / z;
            double series = EquationPopulation.phi1(z);
            assertTrue(Math.abs(series - exact) <= 1e-15 * exact, () -> "z = " + z + ": " + series + " vs " + exact);
        });
        // beyond |z| = 1/2 the step uses Math.exp: x e^z + a dt (e^z - 1)/z
        assertEquals(2 * Math.exp(-2) + 3 * 0.1 * Math.expm1(-2) / -2, EquationPopulation.exponentialEuler(2, 3, -2, Double.NaN, 0.1), 1e-15);
    }

    /** The error against RK4 at 1/1000 of the step shrinks by 2^order when the step halves (within 25 %). */
    private static void assertOrder(ModelDefinition.Builder model, String method, int order, double dt) {
        double pA = 180;
        double reference = voltageAfter(model, "rk4", dt / 1000, 40, pA);
        double coarse = Math.abs(voltageAfter(model, method, dt, 40, pA) - reference);
        double fine = Math.abs(voltageAfter(model, method, dt / 2, 40, pA) - reference);
        double ratio = coarse / fine;
        double expected = Math.pow(2, order);
        assertTrue(coarse > 0 && Math.abs(ratio / expected - 1) < 0.25, method + ": errors " + coarse + ", " + fine + ", ratio " + ratio
                + ", expected " + expected);
    }
}
