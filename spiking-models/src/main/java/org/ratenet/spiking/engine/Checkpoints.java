package org.ratenet.spiking.engine;

import java.nio.file.Path;

import org.ratenet.api.error.Require;

/**
 * How a run of the spiking level keeps checkpoints: the file (replaced atomically each time), every how many steps, and
 * whether to start from it when it exists (resume). A resumed run gives the same spikes, bit for bit, as one never
 * interrupted.
 *
 * @param file the checkpoint file
 * @param everySteps steps between checkpoints, >= 1
 * @param resume start from {@code file} when it exists
 */
public record Checkpoints(Path file, int everySteps, boolean resume) {

    public Checkpoints {
        Require.nonNull("checkpoint file", file);
        Require.atLeast("steps between checkpoints", everySteps, 1);
    }
}
