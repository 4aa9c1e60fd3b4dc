package org.ratenet.cli.sweep;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;

import org.ratenet.api.inject.Ratenet;

/**
 * Runs independent points somewhere: on local threads, on a Spark cluster, on a user's own scheduler. Whatever runs
 * them, each point's result is its {@link PointTask}'s, so the rows of a sweep, the points of a validity map are the same.
 * Registered by name with {@link SweepEngines#register}; {@code --engine NAME} picks one.
 */
public interface SweepEngine extends AutoCloseable {

    /**
     * Starts, in the background, what {@link #map} with these settings will need (e.g. a Spark context), so that its
     * start-up overlaps the caller's own (reading the file, checking the points). Optional: {@code map} starts whatever
     * was not; {@link #close} waits for a start that is under way. Nothing by default.
     */
    default void prepare(SweepSettings settings) {
    }

    /**
     * Computes {@code task} on every point and returns the results in any order; {@code ratenet} is this JVM's (with the
     * user's plugins), which an engine that runs points elsewhere rebuilds there; {@code progress} is told of each
     * finished point as its result reaches this JVM. A failure of the engine itself (not one a task turns into a result)
     * is an exception.
     */
    <P extends Serializable, R extends Serializable> List<R> map(Ratenet ratenet, List<P> points, PointTask<P, R> task,
                                                                 SweepSettings settings, PointProgress<R> progress) throws IOException;

    /** Evaluates sweep points ({@link SweepEvaluation}): the rows, in any order. */
    default List<SweepRow> run(Ratenet ratenet, SweepJob job, List<SweepPoint> points, SweepSettings settings, PointProgress<SweepRow> progress)
            throws IOException {
        return map(ratenet, points, (PointTask<SweepPoint, SweepRow>) (r, p) -> SweepEvaluation.evaluate(r, job, p), settings, progress);
    }

    /** Writes what this engine adds to a sweep folder (e.g. a Parquet dataset) into the folder being staged. */
    default void writeExtras(Path staging, SweepJob job, List<SweepRow> rows) throws IOException {
    }

    /** Releases what the engine set up (e.g. a Spark context); the engine can run again after. */
    @Override
    default void close() throws IOException {
    }
}
