package org.ratenet.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What executors in other JVMs need from the driver: ratenet's application jar ({@value #APP_JAR}, built beside this
 * module's jar: ratenet and its libraries, without Spark) and the user's plugin jars, for {@code spark.jars}; and the
 * JVM options (the Vector API module, the {@code --add-opens} Spark needs on Java 17), for
 * {@code spark.executor.extraJavaOptions}.
 */
final class ExecutorSetup {

    static final String APP_JAR = "ratenet-spark-app.jar";

    private ExecutorSetup() {
    }

    /** The JVM options of the build ({@code launcher/jvm.options}). */
    static String jvmOptions() {
        try (InputStream in = ExecutorSetup.class.getResourceAsStream("/launcher/jvm.options")) {
            if (in == null) {
                throw new IllegalStateException("launcher/jvm.options is missing from ratenet-spark's class path: rebuild the module");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The application jar and the plugin jars, comma-separated for {@code spark.jars}. */
    static String jars(List<Path> plugins) {
        List<String> jars = new ArrayList<>();
        jars.add(appJar().toUri().toString());
        if (!plugins.isEmpty()) {
            jars.add(pluginJars(plugins));
        }
        return String.join(",", jars);
    }

    /** The plugin jars alone, comma-separated for {@code spark.jars}. */
    static String pluginJars(List<Path> plugins) {
        return String.join(",", plugins.stream().map(p -> p.toAbsolutePath().toUri().toString()).toList());
    }

    /** {@value #APP_JAR} beside this module's jar (or its classes folder); an exception saying how to build it. */
    static Path appJar() {
        Path here;
        try {
            here = Path.of(ExecutorSetup.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("cannot tell where ratenet-spark is loaded from; set spark.jars to " + APP_JAR);
        }
        if (here.getFileName().toString().equals(APP_JAR)) {
            return here; // running from the application jar itself (spark-submit)
        }
        Path app = here.getParent().resolve(APP_JAR);
        if (!Files.isRegularFile(app)) {
            throw new IllegalArgumentException("--master: executors in other JVMs need " + app + ", which is missing: build it with "
                    + "'./mvnw -B -pl spark -am package -DskipTests', or set spark.jars");
        }
        return app;
    }
}
