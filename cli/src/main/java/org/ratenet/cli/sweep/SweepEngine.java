package org.ratenet.cli.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.ratenet.api.inject.Ratenet;

/**
 * Runs the points of a sweep somewhere: on local threads, on a Spark cluster, on a user's own scheduler. Whatever runs
 * them, each point is {@link SweepEvaluation#evaluate}d from the {@link SweepJob}'s data, so the rows are the same.
 * Registered by name with {@link SweepEngines#register}; {@code ratenet sweep --engine NAME} picks one.
 */
public interface SweepEngine extends AutoCloseable {

    /**
     * Evaluates {@code points} (all of the job's, or those a resumed sweep still needs) and returns their rows in any
     * order; {@code ratenet} is this JVM's (with the user's plugins), which an engine that runs points elsewhere rebuilds there; {@code progress} is told of each finished point where the engine can tell. A failure of the engine itself (not
     * of a point, which is a row) is an exception.
     */
    List<SweepRow> run(Ratenet ratenet, SweepJob job, List<SweepPoint> points, SweepSettings settings, SweepProgress progress) throws IOException;

    /** Writes what this engine adds to a sweep folder (e.g. a Parquet dataset) into the folder being staged. */
    default void writeExtras(Path staging, SweepJob job, List<SweepRow> rows) throws IOException {
    }

    /** Releases what {@link #run} set up for {@link #writeExtras} (e.g. a Spark session); the engine can run again after. */
    @Override
    default void close() throws IOException {
    }
}
