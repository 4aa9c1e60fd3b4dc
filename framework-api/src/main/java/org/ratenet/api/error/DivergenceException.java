package org.ratenet.api.error;

/**
 * A simulation or iteration left the finite, physiological range. Says when (ms of model time, or the
 * iteration), in which population and at which neuron (-1 when it concerns the population as a whole).
 */
public class DivergenceException extends RatenetException {
    private static final long serialVersionUID = 1L;

    private final double timeMs;
    private final String population;
    private final int neuron;
    private final String what;

    public DivergenceException(double timeMs, String population, int neuron, String what) {
        super("diverged at t = " + Require.display(timeMs) + " ms in population '" + population + "'"
                + (neuron >= 0 ? " at neuron " + neuron : "") + ": " + what);
        this.timeMs = timeMs;
        this.population = population;
        this.neuron = neuron;
        this.what = what;
    }

    /** The same divergence at neuron {@code neuron + shift}: for an index counted from a part of the population. */
    public DivergenceException shifted(int shift) {
        if (neuron < 0 || shift == 0) {
            return this;
        }
        DivergenceException shifted = new DivergenceException(timeMs, population, neuron + shift, what);
        shifted.setStackTrace(getStackTrace());
        return shifted;
    }

    public double timeMs() {
        return timeMs;
    }

    public String population() {
        return population;
    }

    /** The neuron index within its population, or -1 for the population as a whole. */
    public int neuron() {
        return neuron;
    }

    /** What diverged, e.g. {@code V = NaN mV}. */
    public String what() {
        return what;
    }
}
