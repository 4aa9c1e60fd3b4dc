package org.ratenet.validation;

/**
 * One quantitative case of a check, for plots: what the reference level predicts, what the other level gives, and the
 * tolerance (half-width) the case was judged with.
 *
 * @param label the case, e.g. {@code random-ei #3 E}
 * @param expected the reference value (e.g. the mean-field rate)
 * @param observed the compared value (e.g. the simulated rate)
 * @param allowed the allowed |observed − expected|
 * @param unit the unit of the three values, e.g. {@code Hz}
 */
public record Comparison(String label, double expected, double observed, double allowed, String unit) implements java.io.Serializable {
}
