package org.ratenet.cli.sweep;

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
    public List<SweepRow> run(Ratenet ratenet, SweepJob job, List<SweepPoint> points, SweepSettings settings, SweepProgress progress) {
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
            List<Future<SweepRow>> futures = new ArrayList<>();
            for (SweepPoint point : points) {
                futures.add(pool.submit(() -> {
                    SweepRow row = SweepEvaluation.evaluate(ratenet, job, point);
                    progress.pointDone(done.incrementAndGet(), points.size(), row);
                    return row;
                }));
            }
            List<SweepRow> rows = new ArrayList<>();
            for (Future<SweepRow> f : futures) {
                rows.add(f.get());
            }
            return rows;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a sweep point failed unexpectedly: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the sweep was interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
