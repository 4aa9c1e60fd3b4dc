package org.ratenet.rate.dynamics;

/** The external rates r_ext,i(t) (Hz) of a rate network; writes them for time t (ms) into {@code out}. */
@FunctionalInterface
public interface ExternalDrive {

    void rates(double timeMs, double[] out);

    /** Constant rates. */
    static ExternalDrive constant(double[] ratesHz) {
        double[] copy = ratesHz.clone();
        return (t, out) -> System.arraycopy(copy, 0, out, 0, copy.length);
    }
}
