package org.ratenet.cli.sweep;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The outcome of one point: per population (in the job's order) its rate, and on the spiking level the CV of its
 * interspike intervals and its Fano factor (NaN where not defined or not evaluated); {@code "ok"}, or why the point has
 * no numbers; the validity warnings of the result; the wall time the point took. Everything but the wall time is the
 * same whichever engine ran the point.
 */
public record SweepRow(int index, double[] point, double[] ratesHz, double[] cvIsi, double[] fano, String status, List<String> warnings,
                       double wallSeconds) implements Serializable {

    public static final String OK = "ok";

    public SweepRow {
        point = point.clone();
        ratesHz = ratesHz.clone();
        cvIsi = cvIsi.clone();
        fano = fano.clone();
        warnings = List.copyOf(warnings);
    }

    public boolean ok() {
        return status.equals(OK);
    }

    /** Equal content, wall time included. */
    @Override
    public boolean equals(Object o) {
        return o instanceof SweepRow r && r.index == index && Arrays.equals(r.point, point) && Arrays.equals(r.ratesHz, ratesHz)
                && Arrays.equals(r.cvIsi, cvIsi) && Arrays.equals(r.fano, fano) && r.status.equals(status) && r.warnings.equals(warnings)
                && Double.compare(r.wallSeconds, wallSeconds) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * index + Arrays.hashCode(ratesHz)) + status.hashCode();
    }

    @Override
    public double[] point() {
        return point.clone();
    }

    @Override
    public double[] ratesHz() {
        return ratesHz.clone();
    }

    @Override
    public double[] cvIsi() {
        return cvIsi.clone();
    }

    @Override
    public double[] fano() {
        return fano.clone();
    }
}
