package org.ratenet.equations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.ratenet.api.dynamics.InputChannel;
import org.ratenet.api.error.InvalidInputException;
import org.ratenet.api.error.RatenetException;

/**
 * Definitions mutated at random from the standard LIF, EIF and AdEx (characters and tokens inserted, deleted and
 * replaced in any field): each parses and runs 200 steps under current and conductance input, or fails with one of
 * ratenet's exceptions and a one-line message; never another exception, a stack overflow or a hang.
 * ({@code -Dqt.examples=N} changes the number, 1000 by default.)
 */
class EquationFuzzTest {

    private static final String[] TOKENS = {"V", "w", "E_L", "tau_m", "I_syn", "t", "exp(", "log(", "sqrt(", "min(", "(", ")", "+", "-", "*",
        "/", "^", "**", ":", "=", "+=", ";", ">", "<", ",", " ", "\n", "0", "1", "2.5", "1e308", "1e-308", "mV", "ms", "pA", "nS", "pF", "Hz",
        "rand()", "d", "dV/dt", "#", "\t", "µ", "é", "\u0000", "0/0", "-1e300*1e300"};

    private static final List<ModelDefinition> SEEDS = List.of(StandardModels.lif("m"), StandardModels.eif("m"), StandardModels.adex("m"));

    static String mutate(String text, Random r) {
        StringBuilder b = new StringBuilder(text);
        for (int k = 0, n = 1 + r.nextInt(4); k < n; k++) {
            int at = b.length() == 0 ? 0 : r.nextInt(b.length() + 1);
            switch (r.nextInt(3)) {
                case 0 -> b.insert(at, TOKENS[r.nextInt(TOKENS.length)]);
                case 1 -> {
                    if (b.length() > 0) {
                        b.delete(Math.min(at, b.length() - 1), Math.min(b.length(), at + 1 + r.nextInt(6)));
                    }
                }
                default -> {
                    if (b.length() > 0) {
                        int end = Math.min(b.length(), at + 1 + r.nextInt(4));
                        b.replace(Math.min(at, b.length() - 1), end, TOKENS[r.nextInt(TOKENS.length)]);
                    }
                }
            }
        }
        return b.toString();
    }

    static ModelDefinition mutated(long seed) {
        Random r = new Random(seed);
        ModelDefinition d = SEEDS.get(r.nextInt(SEEDS.size()));
        String equations = r.nextInt(3) > 0 ? mutate(d.equations(), r) : d.equations();
        String threshold = r.nextInt(3) == 0 ? mutate(d.threshold(), r) : d.threshold();
        String reset = r.nextInt(3) == 0 ? mutate(d.reset(), r) : d.reset();
        ModelDefinition.Builder b = ModelDefinition.builder("m").equations(equations).threshold(threshold).reset(reset)
                .refractory(r.nextInt(4) == 0 ? mutate(d.refractory(), r) : d.refractory());
        d.initial().forEach((k, v) -> b.initial(k, r.nextInt(4) == 0 ? mutate(v, r) : v));
        d.parameters().forEach(b::parameter);
        return b.build();
    }

    @Test
    void everyMutatedDefinitionRunsOrFailsWithOneLineOfRatenet() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            ModelDefinition d = mutated(seed);
            try {
                EquationModel model = EquationModel.parse(d);
                for (boolean conductance : new boolean[] {false, true}) {
                    SinglePopulation p = new SinglePopulation(model, model.exampleParameters(), 3, 0.1, 100,
                            conductance ? List.of(InputChannel.conductance(5, 0)) : List.of(InputChannel.current(5)));
                    for (int s = 0; s < 200; s++) {
                        p.buffer[3] = s % 7 == 0 ? 2 : 0;
                        p.step();
                    }
                }
            } catch (InvalidInputException | RatenetException e) {
                assertFalse(String.valueOf(e.getMessage()).contains("\n"), () -> "two lines for " + d + ": " + e.getMessage());
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("seed " + seed + ": " + e + " for " + d, e);
            }
        });
    }
}
