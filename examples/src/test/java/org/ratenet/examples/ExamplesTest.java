package org.ratenet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Every runnable example runs (at a small size) and says what it should, so that none of them rots. */
class ExamplesTest {

    private static double[] numbers(String line) {
        Matcher m = Pattern.compile("-?\\d+\\.\\d+").matcher(line);
        return m.results().mapToDouble(r -> Double.parseDouble(r.group())).toArray();
    }

    @Test
    void brunelOnAllLevels() {
        String out = BrunelOnAllLevels.run(500, 600);
        System.out.print(out);
        double[] e = numbers(out.lines().filter(l -> l.startsWith("E ")).findFirst().orElseThrow());
        assertEquals(e[0], e[1], 0.1 * e[0], out); // mean field and spiking within 10 % at order 500
        assertTrue(out.contains("(conductance not run") && out.contains("(rate not run"), out);
    }

    @Test
    void conductanceToRate() {
        String out = ConductanceToRate.run(5);
        System.out.print(out);
        assertTrue(out.startsWith("W_EE: "), out);
        for (String line : out.lines().filter(l -> l.startsWith("E:") || l.startsWith("I:")).toList()) {
            double[] r = numbers(line);
            assertEquals(r[1], r[0], 1e-3 * Math.max(1, r[1]), line); // the simulation reaches the stable fixed point
            assertTrue(line.contains("STABLE"), line);
            assertTrue(r[1] > 0.5, "active at 5 Hz of external drive: " + line);
        }
    }

    @Test
    void heterogeneousInDegrees() {
        String out = HeterogeneousInDegrees.run(500, 1200);
        System.out.print(out);
        double[] median = numbers(out.lines().filter(l -> l.trim().startsWith("50 %")).findFirst().orElseThrow());
        assertEquals(median[0], median[1], 0.15 * median[0] + 2, out);
        double[] low = numbers(out.lines().filter(l -> l.trim().startsWith("5 %")).findFirst().orElseThrow());
        double[] high = numbers(out.lines().filter(l -> l.trim().startsWith("95 %")).findFirst().orElseThrow());
        assertTrue(high[0] > low[0] + 1 && high[1] > low[1] + 1, "the rates spread across neurons: " + out);
    }

    @Test
    void plasticTraceRule() {
        String out = PlasticTraceRule.run(800, 6000);
        System.out.print(out);
        double[] rate = numbers(out.lines().filter(l -> l.startsWith("E rate")).findFirst().orElseThrow());
        assertEquals(rate[0], rate[1], 0.1 * rate[0], out);
        double[] weight = numbers(out.lines().filter(l -> l.startsWith("E->E")).findFirst().orElseThrow());
        assertEquals(weight[0], weight[1], 0.05 * weight[0], out);
    }

    @Test
    void userDefinedNeuron() {
        String out = UserDefinedNeuron.run(400, 500);
        System.out.print(out);
        double[] r = numbers(out);
        assertTrue(r[0] > 0.5 && r[1] > 0.5, out); // the network of the user's model fires
        assertTrue(r[3] > 0, out); // and its transfer function gives a rate
    }

    @Test
    void anEquationModelInCodeReachesTheSpikingLevelAndTheMeanField() {
        String out = EquationModelInCode.run(2000, 800);
        System.out.print(out);
        double[] r = numbers(out.substring(out.indexOf("E spiking")));
        assertEquals(r[1], r[0], 0.1 * r[1], out); // the EIF network's rate and its first-passage mean field within 10 %
    }
}
