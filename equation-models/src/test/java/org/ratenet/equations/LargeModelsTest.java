package org.ratenet.equations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A model near the depth the checker admits compiles and runs. */
class LargeModelsTest {

    /** dV/dt = -(x0)/tau + e^{V/mV} mV/tau with x0 = x1 + V + ... (95 terms), ..., the last = V + ...: 96 levels a subexpression. */
    static String deep(int levels) {
        StringBuilder eq = new StringBuilder("dV/dt = -(x0)/tau + exp(V/mV)*mV/tau : mV\n");
        for (int k = 0; k < levels; k++) {
            eq.append("x").append(k).append(" = ").append(k < levels - 1 ? "x" + (k + 1) : "V").append(" + V".repeat(95)).append(" : mV\n");
        }
        return eq.toString();
    }

    @Test
    void aModelNearTheDepthLimitCompilesAndRuns() {
        EquationModel model = EquationModel.parse(ModelDefinition.builder("deep").equations(deep(2)).threshold("V > 1 mV").reset("V = -1 mV")
                .initial("V", "-0.5 mV").parameter("tau", "10 ms").build());
        assertEquals(IntegrationMethod.RK4, model.method(false));
        SinglePopulation p = new SinglePopulation(model, model.exampleParameters(), 2, 0.01, 0);
        p.run(100);
        double v = p.variable("V")[0];
        // dV/dt = (e^{V/mV} mV - 191 V)/tau drives V within 1 ms (19 time constants) to its fixed point 191 V = e^V
        assertEquals(5.2632e-3, v, 1e-7, "V");
    }
}
