package org.ratenet.api.run;

import java.nio.file.Path;

import org.ratenet.api.error.Require;

/**
 * How a level that runs in time keeps checkpoints: the file (replaced atomically each time), every how much biological
 * time, and whether to start from it when it exists (resume). A resumed run gives the same result, bit for bit, as one
 * never interrupted.
 *
 * @param file the checkpoint file
 * @param everyMs biological time between checkpoints (ms), > 0
 * @param resume start from {@code file} when it exists
 */
public record CheckpointPolicy(Path file, double everyMs, boolean resume) {

    public CheckpointPolicy {
        Require.nonNull("checkpoint file", file);
        Require.positive("time between checkpoints", everyMs, "ms");
    }
}
