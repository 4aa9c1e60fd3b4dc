package org.ratenet.validation;

import static org.quicktheories.QuickTheory.qt;

import java.util.function.Function;

import org.quicktheories.core.Gen;

/**
 * Runs a property over generated cases with QuickTheories and records every case in a {@link CheckRecorder}: a fixed
 * seed, a number of examples, and on the first failure QuickTheories' shrinking (at most {@code shrinkCycles} rounds, each
 * a full evaluation, so expensive properties keep it small), whose simplest failing case and seed become the check's
 * counterexample. Cases evaluated while shrinking are not counted as tries.
 */
public final class PropertyCheck {

    private PropertyCheck() {
    }

    public static <T> CheckResult run(CheckRecorder recorder, Gen<T> cases, int examples, int shrinkCycles, long seed,
                                      Function<T, CaseOutcome> property) {
        boolean[] shrinking = {false};
        try {
            qt().withFixedSeed(seed).withExamples(examples).withShrinkCycles(shrinkCycles).withGenerateAttempts(examples * 10)
                    .forAll(cases).checkAssert(c -> {
                        CaseOutcome outcome;
                        try {
                            outcome = property.apply(c);
                        } catch (RuntimeException e) { // a case the levels cannot evaluate is a failed case, with the reason
                            outcome = CaseOutcome.of(false, Double.POSITIVE_INFINITY, c + ": " + e);
                        }
                        if (!shrinking[0]) {
                            if (outcome.applies()) {
                                recorder.record(outcome);
                            } else {
                                recorder.note("n/a   " + outcome.line());
                            }
                        }
                        if (!outcome.passed()) {
                            shrinking[0] = true;
                            throw new AssertionError(outcome.line());
                        }
                    });
        } catch (AssertionError e) {
            recorder.counterexample(simplest(e.getMessage()));
        }
        return recorder.result();
    }

    /** QuickTheories' report without its stack-trace noise: the smallest falsifying value, its cause and the seed. */
    private static String simplest(String message) {
        if (message == null) {
            return "(no message)";
        }
        String[] lines = message.split("\n");
        StringBuilder s = new StringBuilder();
        for (String line : lines) {
            String t = line.strip();
            if (t.startsWith("Other found falsifying")) {
                break;
            }
            if (!t.isEmpty() && !t.startsWith("at ")) {
                s.append(s.length() == 0 ? "" : " | ").append(t);
            }
        }
        return s.toString();
    }
}
