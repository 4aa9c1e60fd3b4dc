package org.ratenet.cli.run;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code provenance.json} of a run: ratenet's version and git commit, the file, overrides, seed, threads, Java, OS, times. */
public final class RunProvenance {

    private RunProvenance() {
    }

    public static ObjectNode of(String version, Path file, Map<String, String> overrides, long seed, int threads, Instant started,
                                Map<String, Double> wallSeconds) {
        ObjectNode p = JsonNodeFactory.instance.objectNode();
        p.put("ratenet_version", version);
        String commit = gitCommit();
        if (commit == null) {
            p.putNull("git_commit");
        } else {
            p.put("git_commit", commit);
        }
        p.put("file", file.toString());
        ObjectNode o = p.putObject("overrides");
        overrides.forEach(o::put);
        p.put("seed", seed);
        p.put("threads", threads);
        p.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        p.put("jvm", ManagementFactory.getRuntimeMXBean().getVmName() + " " + ManagementFactory.getRuntimeMXBean().getVmVersion());
        p.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", " + Runtime.getRuntime().availableProcessors() + " cores");
        p.put("started", started.toString());
        p.put("finished", Instant.now().toString());
        ObjectNode wall = p.putObject("wall_seconds");
        wallSeconds.forEach(wall::put);
        return p;
    }

    /** The commit of the working tree the command runs from, when git is there to say it; null otherwise. */
    private static String gitCommit() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.exitValue() == 0 && text.matches("[0-9a-f]{40}") ? text : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
