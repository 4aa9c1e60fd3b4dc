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
                        double[][] values, int[] refractory, SynapticChannels channels, double[] constants, int refractorySteps) {
    }

    /** The state arrays, one a variable in declaration order. */
    protected final double[][] state;
    /** Remaining refractory steps per neuron. */
    protected final int[] refractory;
    /** The current and conductance channels, null when the network has only delta synapses onto this population. */
    protected final SynapticChannels channels;
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
        this.dt = setup.context().dtMs();
        this.refractorySteps = setup.refractorySteps();
        this.constantCurrent = setup.context().constantCurrentPa();
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
     * One exponential Euler step of dx/dt = a + b x: x e^{b dt} + a dt φ₁(b dt), φ₁(z) = (e^z − 1)/z, by its series near 0;
     * e^z for −1/2 <= z <= 0 by a branch-free polynomial ({@link #expOfSmallNegative}).
     */
    public static double exponentialEuler(double x, double a, double b, double dt) {
        double z = b * dt;
        double e = z <= 0 && z >= -0.5 ? expOfSmallNegative(z) : Math.exp(z);
        double phi = Math.abs(z) < 1e-4 ? 1 + z * (0.5 + z * (1.0 / 6)) : (e - 1) / z;
        return x * e + a * dt * phi;
    }

    /**
     * e^z for −1/2 <= z <= 0 as (Σ_{k<=7} (z/8)^k / k!)^8, relative error below 1e-13: ten multiply-adds where
     * {@link Math#exp} costs several nanoseconds.
     */
    public static double expOfSmallNegative(double z) {
        double y = 0.125 * z;
        double p = 1 + y * (1 + y * (1.0 / 2 + y * (1.0 / 6 + y * (1.0 / 24 + y * (1.0 / 120 + y * (1.0 / 720 + y * (1.0 / 5040)))))));
        p *= p;
        p *= p;
        return p * p;
    }
}
