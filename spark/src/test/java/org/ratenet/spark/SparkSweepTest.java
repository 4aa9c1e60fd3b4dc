package org.ratenet.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.spark.SparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.cli.Main;
import org.ratenet.cli.sweep.PointTask;
import org.ratenet.cli.sweep.SweepFolder;
import org.ratenet.cli.sweep.SweepSettings;

/** The spark engine in this JVM (local masters): the CSV of the local engine, byte for byte, plus a Parquet dataset. */
class SparkSweepTest {

    private static final String BRUNEL = Commands.BRUNEL;

    private static int sweep(Path out, String... options) {
        return Commands.ratenet(new String[] {"sweep", BRUNEL, "--level", "spiking", "--time", "200", "--set", "order=100", "--set", "g=4,6",
                "--set", "eta=-1,1,2", "--quiet", "--out", out.toString()}, options);
    }

    /** Six spiking points, two of them invalid (eta = -1: a negative drive): the same CSV from all four runs. */
    @Test
    void localOneAndTwoCoresGiveTheLocalEnginesCsv(@TempDir Path dir) throws IOException {
        assertEquals(0, sweep(dir.resolve("local"), "--parallel", "2"));
        assertEquals(0, sweep(dir.resolve("spark1"), "--engine", "spark", "--master", "local[1]"));
        assertEquals(0, sweep(dir.resolve("spark2"), "--engine", "spark", "--master", "local[2]"));
        String local = Files.readString(dir.resolve("local/sweep.csv"));
        assertEquals(7, local.lines().count(), local);
        assertTrue(local.contains("\"invalid: ") && local.contains("\"ok\""), local);
        assertEquals(local, Files.readString(dir.resolve("spark1/sweep.csv")));
        assertEquals(local, Files.readString(dir.resolve("spark2/sweep.csv")));
        assertTrue(Files.size(dir.resolve("spark2/sweep.png")) > 5000);
        assertTrue(Files.notExists(dir.resolve("local/sweep.parquet")), "the local engine writes no Parquet");
        assertTrue(Files.isRegularFile(dir.resolve("spark2/sweep.parquet")), "one file");

        try (SparkSession spark = SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false").getOrCreate()) {
            Dataset<Row> parquet = spark.read().parquet(dir.resolve("spark2/sweep.parquet").toString()).orderBy("point");
            assertEquals(List.of("point", "g", "eta", "E_rate_hz", "E_cv", "E_fano", "I_rate_hz", "I_cv", "I_fano", "status", "warnings", "wall_s"),
                    List.of(parquet.columns()));
            List<Row> rows = parquet.collectAsList();
            List<String> csv = local.lines().skip(1).toList();
            assertEquals(6, rows.size());
            for (int k = 0; k < rows.size(); k++) {
                Row r = rows.get(k);
                String[] cells = csv.get(k).split(",");
                assertEquals(k, r.getInt(0));
                assertEquals(Double.parseDouble(cells[0]), r.getDouble(1));
                assertEquals(Double.parseDouble(cells[1]), r.getDouble(2));
                if (r.getString(9).equals("ok")) {
                    assertEquals(Double.parseDouble(cells[2]), r.getDouble(3), "E rate of point " + k);
                    assertTrue(r.getDouble(11) > 0, "wall time");
                } else {
                    assertTrue(r.isNullAt(3) && r.getString(9).startsWith("invalid: "), r.toString());
                }
            }
        }
    }

    /** --parallel is the local engine's; Spark takes its cores from the master. Bad input, nothing written. */
    @Test
    void parallelWithTheSparkEngineIsBadInput(@TempDir Path dir) {
        assertEquals(2, sweep(dir.resolve("s"), "--engine", "spark", "--parallel", "2"));
        assertEquals(2, Commands.ratenet(new String[] {"validate", BRUNEL, "--suite", "neural-field", "--engine", "spark", "--parallel", "2"}));
        assertTrue(Files.notExists(dir.resolve("s")));
    }

    /** A master Spark cannot parse or use is bad input named before Spark starts: exit 2, no folder, for sweep and validate. */
    @Test
    void aMasterSparkCannotUseIsBadInput(@TempDir Path dir) {
        for (String bad : List.of("foo", "local[two]", "local[2,]", "spark:/host:7077", "", "local[0]", "local[0,3]", "local[2,0]", "local[*,0]",
                "local[99999999999]", "local-cluster[0,1,1024]", "local-cluster[2,1,0]", "spark://host", "spark://host:7077,", "spark://host:7077/x",
                "spark://host:0")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MasterUrl.checkForm(bad));
            assertTrue(e.getMessage().startsWith("--master = '" + bad + "' is not allowed: must be local, local[N]"), e.getMessage());
        }
        for (String good : List.of("local", "local[1]", "local[0002]", "local[*]", "local[2,3]", "local[*, 4]", "local-cluster[2,1,1024]",
                "spark://127.0.0.1:7077", "spark://a:7077,b:7077", "spark://[::1]:7077", "yarn", "k8s://https://10.0.0.1:6443", "mesos://host:5050")) {
            MasterUrl.checkForm(good);
        }
        assertEquals(2, sweep(dir.resolve("s"), "--engine", "spark", "--master", "foo"));
        assertEquals(2, sweep(dir.resolve("s"), "--engine", "spark", "--master", "local[0]"));
        assertTrue(Files.notExists(dir.resolve("s")));
        assertEquals(2, Commands.ratenet(new String[] {"validate", BRUNEL, "--suite", "neural-field", "--engine", "spark", "--master", "local[x]"}));
    }

    /**
     * A standalone master that does not answer is bad input at once (Spark itself would retry for a minute, then stop the
     * application): exit 2, the address and the reason named, no folder.
     */
    @Test
    void aStandaloneMasterThatDoesNotAnswerIsBadInput(@TempDir Path dir) throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort(); // closed again below: nothing listens there
        }
        String master = "spark://127.0.0.1:" + port;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MasterUrl.checkAnswers(master));
        assertTrue(e.getMessage().startsWith("--master = '" + master + "': no Spark master answers at 127.0.0.1:" + port + " ("), e.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> MasterUrl.checkAnswers("spark://no-such-host.invalid:7077"));
        assertTrue(unknown.getMessage().contains("no-such-host.invalid:7077 (unknown host)"), unknown.getMessage());
        try (ServerSocket listening = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            MasterUrl.checkAnswers("spark://127.0.0.1:" + port + ",127.0.0.1:" + listening.getLocalPort()); // one of two answers
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8)); // the command's error stream, read below
        try {
            assertEquals(2, Commands.ratenet(new String[] {"sweep", BRUNEL, "--level", "spiking", "--time", "10", "--set", "g=3", "--set", "eta=1,2",
                    "--engine", "spark", "--master", master, "--quiet", "--out", dir.resolve("s").toString()}));
        } finally {
            System.setErr(stderr);
        }
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("no Spark master answers at 127.0.0.1:" + port), said);
        assertTrue(Files.notExists(dir.resolve("s")));
    }

    /**
     * On a local master the tasks run in the driver's JVM and get the driver's own registry (the same instance), not a
     * second one built for them; without a driver registry they get one built once for this JVM.
     */
    @Test
    void tasksInTheDriversJvmUseTheDriversRegistry() {
        Ratenet driver = Ratenet.create();
        int driverIdentity = System.identityHashCode(driver);
        PointTask<Integer, Integer> identity = (r, p) -> System.identityHashCode(r);
        SparkSweepEngine engine = new SparkSweepEngine();
        try {
            SweepSettings settings = new SweepSettings(2, "local[2]", List.of());
            assertEquals(List.of(driverIdentity, driverIdentity, driverIdentity),
                    engine.map(driver, List.of(1, 2, 3), identity, settings, (done, total, r) -> { }));
            List<Integer> without = engine.map(null, List.of(1, 2, 3), identity, settings, (done, total, r) -> { });
            assertEquals(1, without.stream().distinct().count(), "one registry built for this JVM's tasks: " + without);
            assertTrue(without.get(0) != driverIdentity, "the driver's registry is lent only to its own job");
        } finally {
            engine.close();
        }
    }

    /** The point below has started; it waits for {@link #RELEASED} (tasks of a local master run in this JVM). */
    private static final CountDownLatch STARTED = new CountDownLatch(1);
    private static final CountDownLatch RELEASED = new CountDownLatch(1);

    /**
     * A context stopped while its job runs (as when a cluster gives the application up) ends the job with a message that
     * says so, instead of Spark's "Cannot call methods on a stopped SparkContext" or "cancelled".
     */
    @Test
    void aJobWhoseContextStopsSaysSo() throws InterruptedException {
        SparkSweepEngine engine = new SparkSweepEngine();
        PointTask<Integer, Integer> waiting = (r, p) -> {
            STARTED.countDown();
            try {
                RELEASED.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return p;
        };
        Thread stopper = new Thread(() -> {
            try {
                STARTED.await(60, TimeUnit.SECONDS);
                Thread stopping = new Thread(() -> SparkContext.getOrCreate().stop(), "test-stops-spark");
                stopping.start();
                stopping.join(500); // the job is failed at the start of stop(); the task then ends
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                RELEASED.countDown();
            }
        }, "test-stopper");
        stopper.start();
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> engine.map(null, List.of(1), waiting, new SweepSettings(1, "local[1]", List.of()), (done, total, r) -> { }));
            assertTrue(e.getMessage().startsWith("Spark stopped the application before the job ended (its log above says why"), e.getMessage());
        } finally {
            stopper.join();
            engine.close();
        }
    }

    /** An engine started ahead ({@code prepare}) and closed without a job, then started again with other settings. */
    @Test
    void aPreparedEngineClosesAndStartsAgain() throws IOException {
        SparkSweepEngine engine = new SparkSweepEngine();
        engine.prepare(new SweepSettings(1, "local[1]", List.of()));
        engine.close();
        engine.prepare(new SweepSettings(1, "local[1]", List.of()));
        List<Integer> squares = engine.map(null, List.of(1, 2, 3), (PointTask<Integer, Integer>) (r, p) -> p * p,
                new SweepSettings(1, "local[2]", List.of()), (done, total, r) -> { });
        assertEquals(List.of(1, 4, 9), squares.stream().sorted().toList());
        engine.close();
        engine.close();
    }

    /** A task that throws once is run again by Spark (local[2, 2]: two attempts per task); the rows are as without the failure. */
    @Test
    void aFailedTaskIsRetriedAndGivesTheSameRows(@TempDir Path dir) throws IOException {
        FlakyLevelModule.FAILED.set(false);
        String[] grid = {"sweep", BRUNEL, "--level", "flaky", "--set", "order=100,200,300", "--quiet"};
        FlakyLevelModule.FAILED.set(true); // the local engine's reference run must not fail
        assertEquals(0, Commands.ratenet(grid, "--out", dir.resolve("local").toString()));
        FlakyLevelModule.FAILED.set(false);
        assertEquals(0, Commands.ratenet(grid, "--out", dir.resolve("spark").toString(), "--engine", "spark", "--master", "local[2,2]"));
        assertTrue(FlakyLevelModule.FAILED.get(), "the injected failure happened");
        String expected = Files.readString(dir.resolve("local/sweep.csv"));
        assertTrue(expected.contains("300.0,120.0,30.0,\"ok\""), expected);
        assertEquals(expected, Files.readString(dir.resolve("spark/sweep.csv")));
    }

    /** Without retries the failure ends the sweep (exit 1) with a folder marked incomplete, which --resume finishes. */
    @Test
    void aSweepThatFailedIsFinishedByResume(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("s");
        String[] grid = {"sweep", BRUNEL, "--level", "flaky", "--set", "order=100,200", "--quiet"};
        FlakyLevelModule.FAILED.set(true);
        assertEquals(0, Commands.ratenet(grid, "--out", dir.resolve("whole").toString()));
        FlakyLevelModule.FAILED.set(false);
        assertEquals(1, Commands.ratenet(grid, "--out", out.toString(), "--engine", "spark", "--master", "local[1]"));
        assertTrue(Files.exists(out.resolve(SweepFolder.INCOMPLETE)) && Files.notExists(out.resolve("sweep.csv")));
        assertEquals(2, Main.execute("sweep", "--resume", out.toString(), "--set", "g=4"), "--resume takes no --set");
        assertEquals(0, Main.execute("sweep", "--resume", out.toString(), "--engine", "spark", "--master", "local[1]", "--quiet"));
        assertEquals(Files.readString(dir.resolve("whole/sweep.csv")), Files.readString(out.resolve("sweep.csv")));
        assertTrue(Files.notExists(out.resolve(SweepFolder.INCOMPLETE)) && Files.notExists(out.resolve(SweepFolder.JOURNAL)));
        assertEquals(2, Main.execute("sweep", "--resume", out.toString()), "a finished sweep is not resumed");
    }
}
