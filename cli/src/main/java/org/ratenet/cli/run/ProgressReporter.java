package org.ratenet.cli.run;

import java.io.PrintWriter;
import java.util.Locale;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import org.ratenet.api.run.RunObserver;

/**
 * Progress of a long phase on stderr: a progress bar (biological time, wall time, ETA) when stderr is a terminal, a plain
 * line every 10 % otherwise (logs, CI), nothing with {@code --quiet}.
 */
public final class ProgressReporter implements RunObserver {

    /** How progress is shown. */
    public enum Mode { BAR, LINES, QUIET }

    private final Mode mode;
    private final PrintWriter err;
    private final String phase;
    private final double dtMs;
    private final long start = System.nanoTime();
    private ProgressBar bar;
    private int lastDecile = -1;

    public ProgressReporter(Mode mode, PrintWriter err, String phase, double dtMs) {
        this.mode = mode;
        this.err = err;
        this.phase = phase;
        this.dtMs = dtMs;
    }

    /** BAR (on the process's stderr) when a terminal is attached, LINES (on the given writer) otherwise, QUIET if asked. */
    public static Mode choose(boolean quiet) {
        if (quiet) {
            return Mode.QUIET;
        }
        return System.console() != null ? Mode.BAR : Mode.LINES;
    }

    @Override
    public void built(long synapses, double seconds) {
        if (mode != Mode.QUIET) {
            err.println(String.format(Locale.ROOT, "build: %,d synapses in %.2f s", synapses, seconds));
            err.flush();
        }
    }

    @Override
    public void progress(long done, long total) {
        switch (mode) {
            case BAR -> {
                if (bar == null) {
                    bar = new ProgressBarBuilder().setTaskName(phase).setInitialMax(Math.round(total * dtMs)).setUnit(" ms", 1)
                            .setStyle(ProgressBarStyle.ASCII).showSpeed().setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
                }
                bar.stepTo(Math.round(done * dtMs));
                if (done >= total) {
                    bar.close();
                }
            }
            case LINES -> {
                int decile = (int) (10 * done / total);
                if (decile > lastDecile) {
                    lastDecile = decile;
                    double wall = (System.nanoTime() - start) * 1e-9;
                    double eta = done == 0 ? Double.NaN : wall * (total - done) / done;
                    err.println(String.format(Locale.ROOT, "%s: %3d %% (%.0f of %.0f ms biological), %.1f s wall, ETA %.1f s", phase, 100 * done / total,
                            done * dtMs, total * dtMs, wall, eta));
                    err.flush();
                }
            }
            case QUIET -> { }
        }
    }
}
