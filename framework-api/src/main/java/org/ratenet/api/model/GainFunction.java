package org.ratenet.api.model;

/**
 * A rate-model transfer function r = f(x) (Kleinfeld lecture 11, eqs. 11.4–11.5, 11.33): the rate r in
 * Hz as a function of the net input x. Implementations must be finite and NaN-free for every finite x.
 */
public interface GainFunction {

    /** The name under which the function's kind is registered, e.g. {@code sigmoid}. */
    String name();

    /** f(x). */
    double value(double x);

    /** f′(x). */
    double derivative(double x);

    /** The outputs r for which {@link #inverse} is defined; {@link Interval#EMPTY} if f has no inverse. */
    Interval inverseDomain();

    /** f⁻¹(r) for r in {@link #inverseDomain()}. */
    double inverse(double r);

    /** Applies f to {@code x[from..to)} into {@code out[from..to)}; allocation free. */
    default void apply(double[] x, double[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            out[i] = value(x[i]);
        }
    }
}
