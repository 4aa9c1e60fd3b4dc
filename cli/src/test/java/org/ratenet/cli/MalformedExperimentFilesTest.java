package org.ratenet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * {@code ratenet check} on 200 malformed variants of {@code examples/brunel-a.yaml} (25 each of:
 * truncated, wrong types, wrong units, negative values, unknown keys, NaN and infinities, empty,
 * binary garbage) in one JVM: 200 lines {@code FILE: error: ...}, exit code 2, no stack trace.
 * The variants are kept in {@code cli/target/malformed-examples/} so the same check can be run with
 * {@code ./ratenet check cli/target/malformed-examples/*}.
 */
class MalformedExperimentFilesTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "brunel-a.yaml");
    private static final Path KEEP = Path.of("target", "malformed-examples");
    private static final int PER_CATEGORY = 25;

    /** A variant: a file name and its bytes. */
    private record Variant(String name, byte[] bytes) {
    }

    @Test
    void everyMalformedVariantGivesOneLineErrorAndNoTrace() throws IOException {
        String text = Files.readString(EXAMPLE);
        Random random = new Random(20261123);
        List<Variant> variants = new ArrayList<>();
        variants.addAll(truncated(text, random));
        variants.addAll(replacing("wrong-type", text, List.of(
                "size: NE", "size: [1, 2]", "size: NE", "size: {n: 10}", "size: NE", "size: true",
                "tau_m: tau_m,", "tau_m: [20 ms],", "seed: 12345", "seed: 1.5", "seed: 12345", "seed: twelve",
                "spikes: [E, I]", "spikes: {E: 1}", "projections:\n", "projections: 5\n  - ignored: 1\n",
                "populations:\n", "populations: [E, I]\nignored:\n", "drive:\n  - target: E", "drive:\n  target: E\n  x:\n  - target: E",
                "connectivity: {rule: fixed_indegree, indegree: CE}", "connectivity: fixed_indegree",
                "synapse: {kind: delta, weight: J, delay: delay}", "synapse: [delta, J]",
                "V_th: theta", "V_th: {value: 20}", "E_L: 0 mV", "E_L: [0 mV]", "kind: delta", "kind: [delta]",
                "rate: nu_ex", "rate: yes", "name: brunel-a", "name: [brunel]", "order: 2500", "order: {n: 2500}",
                "warmup: 100 ms", "warmup: false", "indegree: CE}", "indegree: [CE]}", "rate_bin: 1 ms", "rate_bin: [1 ms]",
                "sample: 50", "sample: some", "weight: J, delay", "weight: true, delay", "poisson: {rate", "poisson: [rate",
                "t_ref: t_ref}", "t_ref: '2 ms' ms}")));
        variants.addAll(replacing("wrong-unit", text, List.of(
                "tau_m: 20 ms", "tau_m: 20 mV", "J: 0.1 mV", "J: 0.1 nS", "delay: 1.5 ms", "delay: 1.5 Hz",
                "duration: 1000 ms", "duration: 1000 pA", "theta: 20 mV", "theta: 20 ms", "dt: 0.1 ms", "dt: 0.1 mV",
                "rate_bin: 1 ms", "rate_bin: 1 Hz", "E_L: 0 mV", "E_L: 0 ms", "t_ref: 2 ms", "t_ref: 2 msec",
                "J: 0.1 mV", "J: 0.1 millivolt", "tau_m: 20 ms", "tau_m: 20", "t_ref: 2 ms", "t_ref: 2 pF",
                "warmup: 100 ms", "warmup: 100 nS", "nu_ex: eta*nu_th", "nu_ex: eta*nu_th*1 ms", "J: 0.1 mV", "J: 0.1 mV*mV",
                "delay: 1.5 ms", "delay: 1.5", "theta: 20 mV", "theta: 20 V/s", "duration: 1000 ms", "duration: 1000",
                "V_reset: 0 mV", "V_reset: 1 pA", "order: 2500", "order: 2500 ms", "epsilon: 0.1", "epsilon: 0.1 Hz",
                "weight: -g*J", "weight: -g*J*1 nS/mV", "tau_m: 20 ms", "tau_m: 20 Ohm", "dt: 0.1 ms", "dt: 0.1 kHz",
                "J: 0.1 mV", "J: 0.1 uS")));
        variants.addAll(replacing("negative", text, List.of(
                "order: 2500", "order: -2500", "order: 2500", "order: 0", "tau_m: 20 ms", "tau_m: -20 ms",
                "t_ref: 2 ms", "t_ref: -2 ms", "duration: 1000 ms", "duration: -1000 ms", "dt: 0.1 ms", "dt: -0.1 ms",
                "warmup: 100 ms", "warmup: -1 ms", "delay: 1.5 ms", "delay: -1.5 ms", "delay: 1.5 ms", "delay: 0 ms",
                "rate_bin: 1 ms", "rate_bin: -1 ms", "sample: 50", "sample: -5", "epsilon: 0.1", "epsilon: -0.1",
                "eta: 2.0", "eta: -2.0", "theta: 20 mV", "theta: -20 mV", "tau_m: 20 ms", "tau_m: 0 ms",
                "NI: 1*order", "NI: -1*order", "CI: floor(epsilon*NI)", "CI: -floor(epsilon*NI)", "dt: 0.1 ms", "dt: 0 ms",
                "duration: 1000 ms", "duration: 0 ms", "seed: 12345", "seed: 12345\n  duration: -5 ms", "warmup: 100 ms", "warmup: 1000 ms",
                "sample: 50", "sample: 0", "rate_bin: 1 ms", "rate_bin: 0 ms", "t_ref: 2 ms", "t_ref: -0.1 ms",
                "order: 2500", "order: -1")));
        variants.addAll(replacing("unknown-key", text, List.of(
                "name: brunel-a", "name: brunel-a\nfoo: 1", "    size: NE", "    size: NE\n    colour: red",
                "{model: lif,", "{model: lif, colour: red,", "indegree: CE}", "indegree: CE, weight: 1}",
                "weight: J, delay: delay}", "weight: J, delay: delay, tau: 5 ms}", "  seed: 12345", "  seed: 12345\n  steps: 10",
                "  rate_bin: 1 ms", "  rate_bin: 1 ms\n  voltmeter: true", "    poisson: {rate", "    delay: 1 ms\n    poisson: {rate",
                "{rate: nu_ex,", "{rate: nu_ex, weight: J,", "tau_m: tau_m,", "tau_M: tau_m,", "indegree: CE}", "indegre: CE}",
                "  - source: E", "  - sorce: E\n    source: E", "drive:\n  - target: E", "drive:\n  - target: E\n    rate: 5 Hz",
                "weight: J}", "weight: J, delay: delay, delai: 1 ms}", "V_th: theta", "V_threshold: theta", "{model: lif,", "{model: lif, V_m: 0 mV,",
                "simulation:\n", "simulation:\n  resolution: 0.1 ms\n", "recording:\n", "recording:\n  multimeter: V_m\n",
                "{rule: fixed_indegree,", "{rule: fixed_indegree, p: 0.1,", "kind: delta, weight: J, delay", "kind: delta, tau_syn: 5 ms, weight: J, delay",
                "kind: delta, weight: J}", "kind: delta, reversal: 0 mV, weight: J}", "populations:\n", "populations:\n  size: 5\n",
                "  I:\n", "  I:\n    kind: lif\n", "E_L: 0 mV,", "E_L: 0 mV, g_L: 10 nS,", "  - target: I", "  - target: I\n    name: drive-I")));
        variants.addAll(replacing("nan", text, List.of(
                "g: 5.0", "g: .nan", "g: 5.0", "g: NaN", "tau_m: 20 ms", "tau_m: nan ms", "J: 0.1 mV", "J: .inf",
                "J: 0.1 mV", "J: -.inf", "duration: 1000 ms", "duration: 1e400 ms", "theta: 20 mV", "theta: inf mV",
                "eta: 2.0", "eta: 0/0", "delay: 1.5 ms", "delay: 1/0 ms", "epsilon: 0.1", "epsilon: .NaN",
                "order: 2500", "order: 1e999", "t_ref: 2 ms", "t_ref: Infinity ms", "dt: 0.1 ms", "dt: NaN ms",
                "E_L: 0 mV", "E_L: nan mV", "rate_bin: 1 ms", "rate_bin: .nan", "V_reset: 0 mV", "V_reset: log(0) mV",
                "warmup: 100 ms", "warmup: -.inf", "seed: 12345", "seed: .nan", "sample: 50", "sample: .inf",
                "nu_ex: eta*nu_th", "nu_ex: eta*nu_th*exp(1000)", "g: 5.0", "g: sqrt(-1)", "weight: -g*J", "weight: -g*J/0",
                "CE: floor(epsilon*NE)", "CE: floor(epsilon*NE)*1e400", "J: 0.1 mV", "J: 0.1e999 mV", "tau_m: 20 ms", "tau_m: .inf")));
        variants.addAll(empty());
        variants.addAll(garbage(text, random));
        assertEquals(200, variants.size());

        Path dir = Files.createDirectories(KEEP);
        try (var old = Files.list(dir)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        List<String> args = new ArrayList<>();
        for (Variant v : variants) {
            Path file = dir.resolve(v.name());
            Files.write(file, v.bytes());
            args.add(file.toString());
        }

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        args.add(0, "check");
        int exit = cl.execute(args.toArray(String[]::new));

        String[] lines = out.toString().split("\n");
        assertEquals(200, lines.length, out.toString());
        for (int i = 0; i < lines.length; i++) {
            String expected = args.get(i + 1) + ": error: ";
            assertTrue(lines[i].startsWith(expected) && lines[i].length() > expected.length() + 5, lines[i]);
            assertTrue(!lines[i].contains("\tat ") && !lines[i].contains("Exception in thread"), lines[i]);
        }
        assertEquals("", err.toString());
        assertEquals(2, exit);
    }

    /** 25 cuts of the file: inside the parameters section or inside a flow mapping, never at a valid end. */
    private static List<Variant> truncated(String text, Random random) {
        List<Variant> list = new ArrayList<>();
        int populations = text.indexOf("\npopulations:");
        for (int i = 0; i < 15; i++) {
            int cut = random.nextInt(populations);
            list.add(new Variant("truncated-" + i + ".yaml", text.substring(0, cut).getBytes(StandardCharsets.UTF_8)));
        }
        List<Integer> braces = new ArrayList<>();
        for (int i = text.indexOf('{'); i >= 0; i = text.indexOf('{', i + 1)) {
            braces.add(i);
        }
        for (int i = 15; i < PER_CATEGORY; i++) {
            int open = braces.get(random.nextInt(braces.size()));
            int close = text.indexOf('}', open);
            int cut = open + 1 + random.nextInt(close - open - 1);
            list.add(new Variant("truncated-" + i + ".yaml", text.substring(0, cut).getBytes(StandardCharsets.UTF_8)));
        }
        return list;
    }

    /** One variant per (find, replace) pair: the first occurrence of find replaced. */
    private static List<Variant> replacing(String category, String text, List<String> pairs) {
        assertEquals(2 * PER_CATEGORY, pairs.size(), category);
        List<Variant> list = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i += 2) {
            String find = pairs.get(i);
            assertTrue(text.contains(find), category + ": '" + find + "' is not in the example");
            String changed = text.replaceFirst(Pattern.quote(find), Matcher.quoteReplacement(pairs.get(i + 1)));
            list.add(new Variant(category + "-" + i / 2 + ".yaml", changed.getBytes(StandardCharsets.UTF_8)));
        }
        return list;
    }

    private static List<Variant> empty() {
        String[] texts = {"", "\n", "   \n\n", "# only a comment\n", "---\n", "~\n", "null\n", "[]\n", "42\n", "just text\n",
                "{}\n", "--- {}\n", "name: x\n", "parameters: {}\n", "populations: {}\n", "populations:\n", "\t\n", "...\n",
                "''\n", "\"\"\n", "- \n", "? \n", "populations: ~\n", "name:\n", "#!\n"};
        List<Variant> list = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            list.add(new Variant("empty-" + i + (i % 5 == 4 ? ".json" : ".yaml"), texts[i].getBytes(StandardCharsets.UTF_8)));
        }
        return list;
    }

    private static List<Variant> garbage(String text, Random random) {
        List<Variant> list = new ArrayList<>();
        byte[] valid = text.getBytes(StandardCharsets.UTF_8);
        Function<Integer, byte[]> noise = n -> {
            byte[] b = new byte[n];
            random.nextBytes(b);
            return b;
        };
        for (int i = 0; i < PER_CATEGORY; i++) {
            byte[] bytes;
            switch (i % 5) {
                case 0 -> bytes = noise.apply(1 + random.nextInt(2000));
                case 1 -> { // a valid prefix, then noise
                    byte[] tail = noise.apply(50 + random.nextInt(500));
                    int cut = random.nextInt(text.indexOf("\npopulations:"));
                    bytes = new byte[cut + tail.length];
                    System.arraycopy(valid, 0, bytes, 0, cut);
                    System.arraycopy(tail, 0, bytes, cut, tail.length);
                }
                case 2 -> { // printable junk
                    StringBuilder b = new StringBuilder();
                    for (int k = 0; k < 500; k++) {
                        b.append((char) (32 + random.nextInt(95)));
                    }
                    bytes = b.toString().getBytes(StandardCharsets.UTF_8);
                }
                case 3 -> bytes = new byte[1 + random.nextInt(100)]; // NUL bytes
                default -> { // a UTF-16 byte-order mark, then noise
                    byte[] tail = noise.apply(100);
                    bytes = new byte[tail.length + 2];
                    bytes[0] = (byte) 0xFE;
                    bytes[1] = (byte) 0xFF;
                    System.arraycopy(tail, 0, bytes, 2, tail.length);
                }
            }
            list.add(new Variant("garbage-" + i + (i % 3 == 0 ? ".json" : ".yaml"), bytes));
        }
        return list;
    }
}
