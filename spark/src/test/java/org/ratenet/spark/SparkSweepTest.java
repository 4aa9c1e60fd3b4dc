package org.ratenet.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratenet.cli.Main;

/** The spark engine in this JVM (local masters): the CSV of the local engine, byte for byte, plus a Parquet dataset. */
class SparkSweepTest {

    private static final String BRUNEL = Path.of("../examples/brunel-a.yaml").toString();

    private static int sweep(Path out, String... options) {
        String[] base = {"sweep", BRUNEL, "--level", "spiking", "--time", "200", "--set", "order=100", "--set", "g=4,6",
                "--set", "eta=-1,1,2", "--quiet", "--out", out.toString()};
        String[] args = new String[base.length + options.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(options, 0, args, base.length, options.length);
        return Main.execute(args);
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

    /** A task that throws once is run again by Spark (local[2, 2]: two attempts per task); the rows are as without the failure. */
    @Test
    void aFailedTaskIsRetriedAndGivesTheSameRows(@TempDir Path dir) throws IOException {
        FlakyLevelModule.FAILED.set(false);
        String[] grid = {"sweep", BRUNEL, "--level", "flaky", "--set", "order=100,200,300", "--quiet"};
        FlakyLevelModule.FAILED.set(true); // the local engine's reference run must not fail
        assertEquals(0, Main.execute(concat(grid, "--out", dir.resolve("local").toString())));
        FlakyLevelModule.FAILED.set(false);
        assertEquals(0, Main.execute(concat(grid, "--out", dir.resolve("spark").toString(), "--engine", "spark", "--master", "local[2,2]")));
        assertTrue(FlakyLevelModule.FAILED.get(), "the injected failure happened");
        String expected = Files.readString(dir.resolve("local/sweep.csv"));
        assertTrue(expected.contains("300.0,120.0,30.0,\"ok\""), expected);
        assertEquals(expected, Files.readString(dir.resolve("spark/sweep.csv")));
    }

    @Test
    void withoutRetriesTheFailureIsAnErrorAndNothingIsWritten(@TempDir Path dir) {
        FlakyLevelModule.FAILED.set(false);
        int exit = Main.execute("sweep", BRUNEL, "--level", "flaky", "--set", "order=100,200", "--quiet", "--out", dir.resolve("s").toString(),
                "--engine", "spark", "--master", "local[1]");
        assertEquals(1, exit);
        assertTrue(Files.notExists(dir.resolve("s")));
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
