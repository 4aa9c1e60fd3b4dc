package org.ratenet.cli.sweep;

/** Told, from any thread, when a point is done: how many are done of how many, and the point's result. */
@FunctionalInterface
public interface PointProgress<R> {

    void pointDone(int done, int total, R result);
}
