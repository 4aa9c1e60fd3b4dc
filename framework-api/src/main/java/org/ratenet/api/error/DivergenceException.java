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

    public DivergenceException(double timeMs, String population, int neuron, String what) {
        super("diverged at t = " + Require.display(timeMs) + " ms in population '" + population + "'"
                + (neuron >= 0 ? " at neuron " + neuron : "") + ": " + what);
        this.timeMs = timeMs;
        this.population = population;
        this.neuron = neuron;
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
}
