package org.ratenet.cli.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ratenet.api.error.RatenetException;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.result.PopulationRates;
import org.ratenet.api.result.Result;
import org.ratenet.api.result.Warning;
import org.ratenet.api.run.RunContext;
import org.ratenet.api.spec.ExperimentSpec;
import org.ratenet.api.spec.SimulationSpec;
import org.ratenet.files.ExperimentReader;
import org.ratenet.spiking.engine.SpikeStatistics;
import org.ratenet.spiking.engine.SpikingResult;

/**
 * Evaluates one point of a {@link SweepJob} from the job's data alone: the experiment is parsed from its bytes with the
 * shared and the point's overrides, and the level runs on one thread with the file's seed, so the row does not depend on
 * where or beside what the point runs. A point whose parameters are invalid is a row saying why.
 */
public final class SweepEvaluation {

    private SweepEvaluation() {
    }

    /**
     * The row of a point whose parameters make no valid network ({@code invalid: why}), found by parsing alone, before
     * any point runs; empty when they make one.
     */
    public static Optional<SweepRow> invalidParameters(Ratenet ratenet, SweepJob job, SweepPoint point) {
        try {
            new ExperimentReader(ratenet.registries()).parse(job.experiment(), job.json(), overrides(job, point));
            return Optional.empty();
        } catch (RatenetException | IllegalArgumentException e) {
            int n = job.populations().size();
            return Optional.of(new SweepRow(point.index(), point.values(), nan(n), nan(n), nan(n), "invalid: " + oneLine(e.getMessage()),
                    List.of(), 0));
        }
    }

    public static SweepRow evaluate(Ratenet ratenet, SweepJob job, SweepPoint point) {
        long started = System.nanoTime();
        int n = job.populations().size();
        double[] rates = nan(n);
        double[] cv = nan(n);
        double[] fano = nan(n);
        String status;
        List<String> warnings = new ArrayList<>();
        try {
            ExperimentSpec e = new ExperimentReader(ratenet.registries()).parse(job.experiment(), job.json(), overrides(job, point));
            SimulationSpec s = e.simulation();
            ExperimentSpec timed = new ExperimentSpec(e.network(), Double.isNaN(job.timeMs()) ? s : s.withDuration(job.timeMs()), e.parameters());
            Result r = ratenet.levels().get(job.level()).evaluate(timed, RunContext.DEFAULT); // one thread: points run side by side
            r.warnings().stream().map(Warning::toString).forEach(warnings::add);
            Optional<PopulationRates> found = r.populationRates();
            if (found.isEmpty()) {
                status = "no stable fixed point";
            } else {
                List<String> names = new ArrayList<>(found.get().ratesHz().keySet());
                for (int a = 0; a < Math.min(n, names.size()); a++) {
                    rates[a] = found.get().rate(names.get(a));
                    if (r instanceof SpikingResult spiking) {
                        SpikeStatistics statistics = spiking.statistics().get(a);
                        cv[a] = statistics.cvIsi();
                        fano[a] = statistics.fanoFactor();
                    }
                }
                status = SweepRow.OK;
            }
        } catch (RatenetException | IllegalArgumentException ex) {
            status = "invalid: " + oneLine(ex.getMessage());
        }
        return new SweepRow(point.index(), point.values(), rates, cv, fano, status, warnings, (System.nanoTime() - started) * 1e-9);
    }

    /** The overrides every point shares, then the point's own. */
    private static Map<String, String> overrides(SweepJob job, SweepPoint point) {
        Map<String, String> overrides = new LinkedHashMap<>(job.fixed());
        overrides.putAll(point.overrides());
        return overrides;
    }

    private static double[] nan(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    /** A message on one line (the CSV's status column), as the command line prints errors. */
    static String oneLine(String message) {
        return String.valueOf(message).replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
