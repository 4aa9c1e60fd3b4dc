package org.ratenet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fuzz corpus through {@code ratenet check}: files made from {@code examples/brunel-a.yaml} by 26 kinds of mutation
 * (seeded; {@code -Dratenet.fuzz.files=10000} for the full corpus, 520 per build) are checked in one call, which must
 * give exactly one verdict line per file, no stack trace, no hang, and exit 2 since bad files are among them.
 */
class FuzzCorpusTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "brunel-a.yaml");

    /** A mutation: the example's text and a random stream to a new file's text. */
    private record Mutation(String name, BiFunction<String, Random, String> apply) {
    }

    private static String replaceRandomLine(String text, Random r, String replacement) {
        String[] lines = text.split("\n", -1);
        lines[r.nextInt(lines.length)] = replacement;
        return String.join("\n", lines);
    }

    private static String setParameter(String text, String name, String value) {
        return text.replaceFirst("(?m)^  " + name + ": .*$", "  " + name + ": " + value.replace("\\", "\\\\").replace("$", "\\$"));
    }

    private static String anyParameter(Random r) {
        String[] names = {"order", "g", "eta", "epsilon", "tau_m", "theta", "J", "delay", "V_reset", "t_ref"};
        return names[r.nextInt(names.length)];
    }

    static final List<Mutation> MUTATIONS = List.of(
            new Mutation("truncated", (t, r) -> t.substring(0, r.nextInt(t.length()))),
            new Mutation("line-deleted", (t, r) -> replaceRandomLine(t, r, "")),
            new Mutation("line-duplicated", (t, r) -> {
                String[] lines = t.split("\n", -1);
                int i = r.nextInt(lines.length);
                return t.replace(lines[i] + "\n", lines[i] + "\n" + lines[i] + "\n");
            }),
            new Mutation("byte-flipped", (t, r) -> {
                byte[] b = t.getBytes(StandardCharsets.ISO_8859_1);
                for (int k = 0; k < 1 + r.nextInt(5); k++) {
                    b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                }
                return new String(b, StandardCharsets.ISO_8859_1);
            }),
            new Mutation("garbage", (t, r) -> {
                byte[] b = new byte[r.nextInt(2000)];
                r.nextBytes(b);
                return new String(b, StandardCharsets.ISO_8859_1);
            }),
            new Mutation("indentation", (t, r) -> replaceRandomLine(t, r, " ".repeat(r.nextInt(7)) + "size: NE")),
            new Mutation("deep-parentheses", (t, r) -> setParameter(t, anyParameter(r), "(".repeat(50 + r.nextInt(3000)) + "5"
                    + ")".repeat(50 + r.nextInt(3000)))),
            new Mutation("long-sum", (t, r) -> setParameter(t, anyParameter(r), "1" + "+1".repeat(1000 + r.nextInt(50_000)))),
            new Mutation("unary-storm", (t, r) -> setParameter(t, anyParameter(r), "-".repeat(50 + r.nextInt(20_000)) + "5")),
            new Mutation("exponent-tower", (t, r) -> setParameter(t, "order", "2500*" + "(".repeat(6) + "ms^64" + ")^64".repeat(6))),
            new Mutation("parameter-chain", (t, r) -> {
                int n = 100 + r.nextInt(3000);
                StringBuilder chain = new StringBuilder();
                for (int k = 0; k < n; k++) {
                    chain.append("  p").append(k).append(": p").append(k + 1).append('\n');
                }
                chain.append("  p").append(n).append(": 1\n");
                return t.replace("parameters:\n", "parameters:\n" + chain).replace("g: 5.0 ", "g: p0 ");
            }),
            new Mutation("cycle", (t, r) -> setParameter(t, "g", "eta*2").replace("eta: 2.0", "eta: g/2")),
            new Mutation("huge-number", (t, r) -> setParameter(t, anyParameter(r), r.nextBoolean() ? "1e400" : "-1e400")),
            new Mutation("nan", (t, r) -> setParameter(t, anyParameter(r), r.nextBoolean() ? ".nan" : "0/0")),
            new Mutation("wrong-unit", (t, r) -> setParameter(t, anyParameter(r), "20 " + List.of("mV", "ms", "pA", "nS", "Hz", "pF").get(r.nextInt(6)))),
            new Mutation("negative", (t, r) -> setParameter(t, anyParameter(r), "-" + (1 + r.nextInt(100)))),
            new Mutation("huge-size", (t, r) -> setParameter(t, "order", List.of("2147483647", "100000000", "1e9", "429496730").get(r.nextInt(4)))),
            new Mutation("huge-indegree", (t, r) -> setParameter(t, "epsilon", List.of("1e6", "1000", "2", "1.0000001").get(r.nextInt(4)))),
            new Mutation("delay-off-grid", (t, r) -> setParameter(t, "delay", List.of("0.05 ms", "0.15 ms", "0 ms", "1e9 ms", "3276.8 ms").get(r.nextInt(5)))),
            new Mutation("dt", (t, r) -> t.replace("dt: 0.1 ms", "dt: " + List.of("2 ms", "0 ms", "-0.1 ms", "1e-30 ms", "0.07 ms").get(r.nextInt(5)))),
            new Mutation("duration", (t, r) -> t.replace("duration: 1000 ms", "duration: " + List.of("429496929.6 ms", "3e8 ms", "0 ms", "1e300 ms",
                    "0.05 ms").get(r.nextInt(5)))),
            new Mutation("probe", (t, r) -> t.replace("  rate_bin: 1 ms", "  rate_bin: 1 ms\n  state: {" + List.of("E: [w]", "X: [V_m]", "E: V_m",
                    "E: [V_m, V_m]").get(r.nextInt(4)) + "}")),
            new Mutation("alias-bomb", (t, r) -> "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                    + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n" + t),
            new Mutation("documents", (t, r) -> t + "\n---\n" + t),
            new Mutation("duplicate-key", (t, r) -> t.replace("name: brunel-a", "name: brunel-a\nname: again")),
            new Mutation("deep-yaml", (t, r) -> t.replace("name: brunel-a", "name: " + "[".repeat(100 + r.nextInt(2000)) + "]".repeat(100))));

    @Test
    void everyFuzzedFileGetsOneVerdictLineAndNoTrace(@TempDir Path dir) throws IOException {
        int files = Integer.getInteger("ratenet.fuzz.files", 20 * MUTATIONS.size());
        String text = Files.readString(EXAMPLE);
        Random random = new Random(20261206);
        List<String> args = new ArrayList<>(List.of("check"));
        for (int k = 0; k < files; k++) {
            Mutation m = MUTATIONS.get(k % MUTATIONS.size());
            Path file = dir.resolve(String.format("%05d-%s.yaml", k, m.name()));
            Files.write(file, m.apply().apply(text, random).getBytes(StandardCharsets.ISO_8859_1));
            args.add(file.toString());
        }
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(Math.max(120, files / 10)), () -> CliRun.of(args.toArray(String[]::new)));
        List<String> lines = run.out().lines().toList();
        assertEquals(files, lines.size(), "one verdict line per file; stderr: " + run.err());
        long errors = 0;
        for (int k = 0; k < files; k++) {
            String line = lines.get(k);
            assertTrue(line.startsWith(args.get(k + 1) + ": ok") || line.startsWith(args.get(k + 1) + ": error: "), line);
            assertFalse(line.contains("\tat ") || line.contains("Exception:") || line.contains("snakeyaml") || line.contains("got null"), line);
            errors += line.contains(": error: ") ? 1 : 0;
        }
        assertTrue(errors > files / 2, errors + " of " + files + " files are refused");
        assertEquals(2, run.exit());
        assertTrue(run.err().isEmpty(), run.err());
    }
}
