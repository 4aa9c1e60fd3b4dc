package org.ratenet.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Function2;
import scala.collection.Iterator;
import scala.jdk.javaapi.CollectionConverters;
import scala.reflect.ClassTag$;
import scala.runtime.BoxedUnit;

import org.ratenet.api.inject.Ratenet;
import org.ratenet.cli.sweep.SweepEngine;
import org.ratenet.cli.sweep.SweepJob;
import org.ratenet.cli.sweep.PointProgress;
import org.ratenet.cli.sweep.PointTask;
import org.ratenet.cli.sweep.SweepRow;
import org.ratenet.cli.sweep.SweepSettings;

/**
 * The engine {@code spark}: every point (of a sweep, of a validity map) is one Spark task (one partition per point, so
 * the scheduler hands the next point to whichever executor core is free and expensive points spread by themselves),
 * whose row is handed to the sweep (its journal, its progress) the moment it reaches the driver. The task travels as a
 * broadcast variable; tasks in the driver's JVM use its registry, and an executor elsewhere builds one from its class
 * path ({@link ExecutorRatenet}). A failed task is retried by Spark and computes the same row, since a point depends on
 * its data alone. The master is {@code --master}, else the one {@code spark-submit} set, else {@code local[*]} (Spark
 * inside this JVM, no installation). Adds {@code sweep.parquet} to the sweep folder ({@link SweepParquet}).
 */
public final class SparkSweepEngine implements SweepEngine {

    public static final String NAME = "spark";
    /** The master when neither {@code --master} nor {@code spark-submit} gives one. */
    public static final String DEFAULT_MASTER = "local[*]";

    /** The context being started or started, and the settings it was started for. */
    private CompletableFuture<SparkContext> spark;
    private SweepSettings started;

    @Override
    public <P extends Serializable, R extends Serializable> List<R> map(Ratenet ratenet, List<P> points, PointTask<P, R> task,
                                                                        SweepSettings settings, PointProgress<R> progress) {
        if (points.isEmpty()) {
            return List.of();
        }
        JavaSparkContext context = JavaSparkContext.fromSparkContext(context(settings));
        Broadcast<PointTask<P, R>> shared = context.broadcast(task);
        JavaRDD<P> partitioned = context.parallelize(points, points.size());
        String registry = ExecutorRatenet.lend(ratenet); // tasks in this JVM (a local master) use the driver's registry
        // on an executor: the results of one partition (one point)
        Function2<TaskContext, Iterator<P>, ArrayList<R>> compute = (Function2<TaskContext, Iterator<P>, ArrayList<R>> & Serializable) (t, partition) -> {
            ArrayList<R> out = new ArrayList<>();
            partition.foreach(point -> out.add(shared.value().compute(ExecutorRatenet.get(registry), point)));
            return out;
        };
        List<R> results = new ArrayList<>();
        AtomicInteger done = new AtomicInteger();
        // on the driver, as each task's result arrives (so that a sweep's journal holds every finished point if the driver dies)
        Function2<Object, ArrayList<R>, BoxedUnit> arrived = (partition, result) -> {
            for (R r : result) {
                results.add(r);
                progress.pointDone(done.incrementAndGet(), points.size(), r);
            }
            return BoxedUnit.UNIT;
        };
        try {
            List<Object> partitions = new ArrayList<>();
            for (int k = 0; k < partitioned.getNumPartitions(); k++) {
                partitions.add(k);
            }
            context.sc().runJob(partitioned.rdd(), compute, CollectionConverters.asScala(partitions).toSeq(), arrived,
                    ClassTag$.MODULE$.apply(ArrayList.class));
            return results;
        } catch (Exception e) { // Scala throws SparkException undeclared; its message has the task's stack trace after the first line
            if (!(e instanceof SparkException)) {
                throw e;
            }
            String message = String.valueOf(e.getMessage());
            int end = message.indexOf('\n');
            String first = end < 0 ? message : message.substring(0, end);
            throw new IllegalStateException(context.sc().isStopped()
                    ? "Spark stopped the application before the job ended (its log above says why, e.g. the cluster gave up on it): " + first
                    : "the job failed on Spark: " + first, e);
        } finally {
            ExecutorRatenet.giveBack(registry);
        }
    }

    @Override
    public void writeExtras(Path staging, SweepJob job, List<SweepRow> rows) throws IOException {
        SweepParquet.write(job, rows, staging.resolve(SweepParquet.FILE));
    }

    /** Starts the context on a daemon thread: Spark's start-up (about a second) overlaps the reading of the sweep. */
    @Override
    public synchronized void prepare(SweepSettings settings) {
        if (spark != null && settings.equals(started)) {
            return;
        }
        close();
        started = settings;
        spark = CompletableFuture.supplyAsync(() -> create(settings), task -> {
            Thread starter = new Thread(task, "ratenet-spark-start");
            starter.setDaemon(true);
            starter.start();
        });
    }

    @Override
    public synchronized void close() {
        if (spark != null) {
            CompletableFuture<SparkContext> stopping = spark;
            spark = null;
            started = null;
            try {
                stopping.join().stop();
            } catch (CompletionException e) { // it never started: nothing to stop
            }
        }
    }

    /** The context for these settings, once started (the start's own failure, e.g. a bad master, is thrown here). */
    private SparkContext context(SweepSettings settings) {
        CompletableFuture<SparkContext> starting;
        synchronized (this) {
            prepare(settings);
            starting = spark;
        }
        try {
            return starting.join();
        } catch (CompletionException e) {
            close();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static SparkContext create(SweepSettings settings) {
        SparkConf conf = new SparkConf(true).setAppName("ratenet");
        if (settings.master() != null) {
            conf.setMaster(settings.master());
        } else if (!conf.contains("spark.master")) {
            conf.setMaster(DEFAULT_MASTER);
        }
        MasterUrl.checkForm(conf.get("spark.master")); // the master first: a bad one is named before anything else it would need
        MasterUrl.checkAnswers(conf.get("spark.master"));
        conf.setIfMissing("spark.ui.enabled", "false");
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        if (!conf.get("spark.master").startsWith("local")) { // executors are other JVMs: give them ratenet and its JVM options
            conf.setIfMissing("spark.executor.extraJavaOptions", ExecutorSetup.jvmOptions());
            conf.setIfMissing("spark.jars", ExecutorSetup.jars(settings.pluginJars()));
        } else if (!settings.pluginJars().isEmpty()) { // tasks in this JVM load classes through Spark's loader: add the plugins to it
            conf.setIfMissing("spark.jars", ExecutorSetup.pluginJars(settings.pluginJars()));
        }
        try {
            return SparkContext.getOrCreate(conf);
        } catch (Exception e) { // Scala throws SparkException undeclared
            throw new IllegalStateException("Spark did not start on master " + conf.get("spark.master") + ": " + e.getMessage(), e);
        } catch (OutOfMemoryError e) { // local[N] starts N threads of Spark's message dispatcher at once
            if (String.valueOf(e.getMessage()).contains("native thread")) {
                throw new IllegalArgumentException("--master = '" + conf.get("spark.master") + "' asks Spark for more threads than this machine "
                        + "can start (" + e.getMessage() + "): use fewer, e.g. local[*] (" + Runtime.getRuntime().availableProcessors()
                        + " processors here)", e);
            }
            throw e;
        }
    }
}
