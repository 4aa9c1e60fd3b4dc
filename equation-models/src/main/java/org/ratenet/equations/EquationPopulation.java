package org.ratenet.equations;

import java.util.List;

import org.ratenet.api.dynamics.PopulationContext;
import org.ratenet.api.dynamics.PopulationDynamics;
import org.ratenet.api.dynamics.PopulationState;
import org.ratenet.api.dynamics.SynapticChannels;
import org.ratenet.api.error.DivergenceException;

/**
 * The base of the class generated for each equation model (see {@link JavaSource}): the population's declared state
 * arrays, its refractory counters, its synaptic channels and the constants of its update (parameters in base units,
 * then propagator entries). The generated {@code update} copies them into locals and loops over neurons, so the JIT
 * compiles it like hand-written code. Public only because the generated class, defined by its own class loader,
 * extends it.
 */
public abstract class EquationPopulation implements PopulationDynamics {

    /** What the generated constructor passes on. */
    public record Setup(String model, List<String> labels, List<String> variables, PopulationContext context, PopulationState state,
                        double[][] values, int[] refractory, SynapticChannels channels, double[] constants, int refractorySteps,
                        double[][] scratch) {
    }

    /** The state arrays, one a variable in declaration order. */
    protected final double[][] state;
    /** Remaining refractory steps per neuron. */
    protected final int[] refractory;
    /** The current and conductance channels, null when the network has only delta synapses onto this population. */
    protected final SynapticChannels channels;
    /** Per-neuron workspace of a method with two passes (exponential Euler: a, z and φ₁(z) of each variable). */
    protected final double[][] scratch;
    /** Parameters (base units), then the constants of the integration method. */
    protected final double[] constants;
    protected final double dt;
    protected final int refractorySteps;
    /** The constant current of the population's current drives (pA). */
    protected final double constantCurrent;
    private final Setup setup;

    protected EquationPopulation(Setup setup) {
        this.setup = setup;
        this.state = setup.values();
        this.refractory = setup.refractory();
        this.channels = setup.channels();
        this.constants = setup.constants();
        this.scratch = setup.scratch();
        this.dt = setup.context().dtMs();
        this.refractorySteps = setup.refractorySteps();
        this.constantCurrent = setup.context().constantCurrentPa();
    }

    /** Every per-neuron array an update carries to the next step is declared (the rest is workspace). */
    @Override
    public final boolean declaresAllState() {
        return true;
    }

    @Override
    public final PopulationState state() {
        return setup.state();
    }

    /** The exception that ends the run when variable k of local neuron i is no longer finite after step {@code step}. */
    protected final DivergenceException diverged(long step, int i, int k, double value) {
        return setup.context().diverged(step, i, "model '" + setup.model() + "', equation '" + setup.labels().get(k) + "': "
                + setup.variables().get(k) + " = " + value + " (NaN or an overflow, e.g. of exp)");
    }

    /** The exception for a delta synapse onto a model without a membrane variable. */
    protected final DivergenceException noMembrane(long step, int i) {
        return setup.context().diverged(step, i, "model '" + setup.model() + "' has no membrane variable (a V in mV, or 'membrane:'), so delta "
                + "synapses have nothing to jump");
    }

    /**
     * φ₁(z) = (e^z − 1)/z by its Taylor series to z¹³: relative error below 1e-15 for |z| <= 1/2, where
     * {@link #exponentialEuler} uses it; no branch, division or call, so that a loop over it vectorises.
     */
    public static double phi1(double z) {
        return 1 + z * (1.0 / 2) * (1 + z * (1.0 / 3) * (1 + z * (1.0 / 4) * (1 + z * (1.0 / 5) * (1 + z * (1.0 / 6)
                * (1 + z * (1.0 / 7) * (1 + z * (1.0 / 8) * (1 + z * (1.0 / 9) * (1 + z * (1.0 / 10) * (1 + z * (1.0 / 11)
                * (1 + z * (1.0 / 12) * (1 + z * (1.0 / 13) * (1 + z * (1.0 / 14)))))))))))));
    }

    /**
     * One exponential Euler step of dx/dt = a + b x (Brian2's exponential_euler): x e^z + a dt φ₁(z), z = b dt,
     * φ₁(z) = (e^z − 1)/z, with e^z = 1 + z φ₁(z) and {@code phi} = {@link #phi1}(z) where |z| <= 1/2, else by
     * {@link Math#exp}.
     */
    public static double exponentialEuler(double x, double a, double z, double phi, double dt) {
        if (Math.abs(z) <= 0.5) {
            return x * (1 + z * phi) + a * dt * phi;
        }
        double e = Math.exp(z);
        return x * e + a * dt * ((e - 1) / z);
    }
}
