package org.ratenet.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratenet.cli.Main;
import org.ratenet.cli.sweep.SweepFolder;

/**
 * A real Spark standalone cluster: a master and a worker started as separate JVMs from the project's dependency jars
 * ({@code target/lib}) without ratenet's own (ratenet reaches the executors only through {@code spark.jars}, as the
 * application jar), and spiking sweeps run against {@code spark://127.0.0.1:PORT} from this JVM: the CSV of the local
 * engine, also when the executor's JVM is killed mid-sweep (its tasks run again elsewhere; every point one row).
 */
class StandaloneClusterIT {

    private static final String BRUNEL = Commands.BRUNEL;
    private static final List<String> GRID = List.of("sweep", BRUNEL, "--level", "spiking", "--time", "1500", "--set", "order=100",
            "--set", "g=3:6:1", "--set", "eta=1,1.5,2,2.5", "--quiet");

    @TempDir
    static Path cluster;
    private static Process master;
    private static Process worker;
    private static String url;

    @BeforeAll
    static void startCluster() throws Exception {
        Path lib = Path.of("target", "lib").toAbsolutePath();
        assertTrue(Files.isDirectory(lib), "run after 'package': " + lib);
        Path sparkHome = Files.createDirectories(cluster.resolve("spark-home"));
        Path jars = Files.createDirectories(sparkHome.resolve("jars"));
        try (var files = Files.list(lib)) {
            for (Path jar : files.toList()) {
                if (!ratenets(jar)) {
                    Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar);
                }
            }
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        url = "spark://127.0.0.1:" + port;
        master = start(sparkHome, "master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", String.valueOf(port),
                "--webui-port", "0");
        waitFor(() -> accepts(port), "the master to listen on " + port);
        worker = start(sparkHome, "worker", "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores", "2", "--memory", "2g",
                "--webui-port", "0", "--work-dir", cluster.resolve("work").toString(), url);
        waitFor(() -> log("master").contains("Registering worker"), "the worker to register");
        System.setProperty("spark.driver.host", "127.0.0.1");
        System.setProperty("spark.driver.bindAddress", "127.0.0.1");
    }

    @AfterAll
    static void stopCluster() {
        System.clearProperty("spark.driver.host");
        System.clearProperty("spark.driver.bindAddress");
        for (Process p : new Process[] {worker, master}) {
            if (p != null) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
        }
    }

    @Test
    void aSweepOnTheClusterGivesTheLocalEnginesCsv(@TempDir Path dir) throws IOException {
        assertEquals(0, Main.execute(args(GRID, "--out", dir.resolve("local").toString(), "--parallel", "2")));
        assertEquals(0, Main.execute(args(GRID, "--out", dir.resolve("cluster").toString(), "--engine", "spark", "--master", url)),
                "worker log: " + log("worker"));
        String local = Files.readString(dir.resolve("local/sweep.csv"));
        assertEquals(17, local.lines().count());
        assertEquals(local, Files.readString(dir.resolve("cluster/sweep.csv")));
        assertTrue(Files.isRegularFile(dir.resolve("cluster/sweep.parquet")));
    }

    /**
     * A plugin reaches the executors as a jar in {@code spark.jars}: the test plugin's level {@code flaky} (in a jar made
     * from the test classes; the cluster has no test classes) fails once per executor JVM, Spark retries the task, and the
     * rows are those of the local engine.
     */
    @Test
    void aPluginJarIsShippedToTheExecutors(@TempDir Path dir) throws Exception {
        Path plugin = dir.resolve("flaky-plugin.jar");
        Path classes = Path.of("target", "test-classes");
        try (java.util.jar.JarOutputStream jar = new java.util.jar.JarOutputStream(Files.newOutputStream(plugin))) {
            for (String entry : List.of("META-INF/services/org.ratenet.api.inject.RatenetModule", "org/ratenet/spark/FlakyLevelModule.class",
                    "org/ratenet/spark/FlakyLevelModule$FlakyLevel.class")) {
                jar.putNextEntry(new java.util.jar.JarEntry(entry));
                jar.write(Files.readAllBytes(classes.resolve(entry)));
                jar.closeEntry();
            }
        }
        String[] grid = {"--plugin", plugin.toString(), "sweep", BRUNEL, "--level", "flaky", "--set", "order=100,200,300", "--quiet"};
        FlakyLevelModule.FAILED.set(true); // in this JVM: the local engine's reference run does not fail
        assertEquals(0, Main.execute(args(List.of(grid), "--out", dir.resolve("local").toString())));
        assertEquals(0, Main.execute(args(List.of(grid), "--out", dir.resolve("cluster").toString(), "--engine", "spark", "--master", url)),
                "worker log: " + log("worker"));
        assertEquals(Files.readString(dir.resolve("local/sweep.csv")), Files.readString(dir.resolve("cluster/sweep.csv")));
        assertTrue(executorLogs().contains("injected one-time failure"), "the executor failed once and the task ran again");
    }

    /** Everything the worker's executors wrote to stderr. */
    private static String executorLogs() throws IOException {
        StringBuilder all = new StringBuilder();
        try (var files = Files.walk(cluster.resolve("work"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().equals("stderr")).toList()) {
                all.append(Files.readString(f));
            }
        }
        return all.toString();
    }

    /** As a user submits it: spark-submit (here its class, on the cluster's jars) with ratenet's application jar. */
    @Test
    void sparkSubmitOfTheApplicationJarGivesTheSameCsv(@TempDir Path dir) throws Exception {
        assertEquals(0, Main.execute(args(GRID, "--out", dir.resolve("local").toString(), "--parallel", "2")));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(Arrays.asList(ExecutorSetup.jvmOptions().split("\\s+")));
        command.addAll(List.of("-cp", cluster.resolve("spark-home/jars") + "/*", "org.apache.spark.deploy.SparkSubmit",
                "--class", "org.ratenet.cli.Main", "--master", url, "--conf", "spark.driver.host=127.0.0.1",
                "--conf", "spark.executor.extraJavaOptions=" + ExecutorSetup.jvmOptions(), ExecutorSetup.appJar().toString()));
        command.addAll(Arrays.asList(args(GRID, "--out", dir.resolve("submitted").toString(), "--engine", "spark")));
        Process submit = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("submit.log").toFile()).start();
        assertTrue(submit.waitFor(5, TimeUnit.MINUTES), "spark-submit finished");
        assertEquals(0, submit.exitValue(), Files.readString(dir.resolve("submit.log")));
        assertEquals(Files.readString(dir.resolve("local/sweep.csv")), Files.readString(dir.resolve("submitted/sweep.csv")));
    }

    @Test
    void anExecutorKilledMidSweepLosesAndDuplicatesNoRow(@TempDir Path dir) throws Exception {
        assertEquals(0, Main.execute(args(GRID, "--out", dir.resolve("local").toString(), "--parallel", "2")));
        Path out = dir.resolve("cluster");
        AtomicInteger exit = new AtomicInteger(-1);
        Thread driver = new Thread(() -> exit.set(Main.execute(args(GRID, "--out", out.toString(), "--engine", "spark", "--master", url))));
        driver.start();
        Path journal = out.resolve(SweepFolder.JOURNAL);
        waitFor(() -> Files.exists(journal) && lines(journal) >= 3, "three points to finish");
        Optional<ProcessHandle> executor = worker.descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("CoarseGrainedExecutorBackend")).findFirst();
        assertTrue(executor.isPresent(), "the executor's JVM");
        int before = lines(journal);
        executor.get().destroyForcibly();
        driver.join(TimeUnit.MINUTES.toMillis(5));
        assertEquals(0, exit.get(), "worker log: " + log("worker"));
        assertTrue(before < 16, "killed after " + before + " of 16 points");
        assertEquals(Files.readString(dir.resolve("local/sweep.csv")), Files.readString(out.resolve("sweep.csv")));
        System.out.printf("executor killed after %d of 16 points; the sweep finished with 16 rows%n", before);
    }

    private static String[] args(List<String> grid, String... more) {
        return Commands.concat(grid.toArray(String[]::new), more);
    }

    private static Process start(Path sparkHome, String name, String mainClass, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        command.addAll(Arrays.asList(ExecutorSetup.jvmOptions().split("\\s+")));
        command.addAll(List.of("-cp", sparkHome.resolve("jars") + "/*", mainClass));
        command.addAll(Arrays.asList(arguments));
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(cluster.resolve(name + ".log").toFile());
        b.environment().put("SPARK_HOME", sparkHome.toString());
        b.environment().put("SPARK_SCALA_VERSION", "2.13");
        b.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        b.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return b.start();
    }

    /** Whether a jar holds ratenet's own classes. */
    private static boolean ratenets(Path jar) throws IOException {
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(jar.toFile())) {
            return z.stream().anyMatch(e -> e.getName().startsWith("org/ratenet/"));
        }
    }

    private static String log(String name) {
        try {
            return Files.readString(cluster.resolve(name + ".log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int lines(Path file) {
        try {
            int n = 0;
            for (byte b : Files.readAllBytes(file)) {
                n += b == '\n' ? 1 : 0;
            }
            return n;
        } catch (IOException e) {
            return 0;
        }
    }

    private static boolean accepts(int port) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void waitFor(Condition c, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!c.holds()) {
            assertTrue(master.isAlive(), "the master died: " + log("master"));
            assertTrue(worker == null || worker.isAlive(), "the worker died: " + log("worker"));
            assertTrue(System.nanoTime() < deadline, "timed out waiting for " + what);
            Thread.sleep(50);
        }
    }
}
