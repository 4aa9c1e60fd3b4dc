package org.ratenet.cli.sweep;

/** Told when a point is done: how many are done of how many (from any thread). */
@FunctionalInterface
public interface SweepProgress {

    SweepProgress NONE = (done, total, row) -> { };

    /** {@code row} is null when the engine knows only that a point finished, not which. */
    void pointDone(int done, int total, SweepRow row);
}
