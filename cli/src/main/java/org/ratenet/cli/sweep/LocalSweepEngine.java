package org.ratenet.cli.sweep;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.ratenet.api.inject.Ratenet;

/** The {@code local} engine: {@code --parallel} points at once on this machine's cores, one thread each. */
public final class LocalSweepEngine implements SweepEngine {

    public static final String NAME = "local";

    @Override
    public <P extends Serializable, R extends Serializable> List<R> map(Ratenet ratenet, List<P> points, PointTask<P, R> task,
                                                                        SweepSettings settings, PointProgress<R> progress) {
        if (settings.master() != null) {
            throw new IllegalArgumentException("--master = '" + settings.master() + "' is not allowed with --engine local: "
                    + "a master is for --engine spark");
        }
        if (points.isEmpty()) {
            return List.of();
        }
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.parallel(), points.size()));
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (P point : points) {
                futures.add(pool.submit(() -> {
                    R result = task.compute(ratenet, point);
                    progress.pointDone(done.incrementAndGet(), points.size(), result);
                    return result;
                }));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a point failed unexpectedly: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
