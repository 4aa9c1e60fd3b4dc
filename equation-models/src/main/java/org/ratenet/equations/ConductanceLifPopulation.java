package org.ratenet.equations;

import org.ratenet.api.dynamics.ConductanceMembranePass;
import org.ratenet.api.dynamics.PopulationContext;
import org.ratenet.api.dynamics.PopulationDynamics;
import org.ratenet.api.dynamics.PopulationState;
import org.ratenet.api.dynamics.SpikeSink;
import org.ratenet.api.dynamics.SynapticChannels;
import org.ratenet.api.dynamics.SynapticInput;
import org.ratenet.api.dynamics.ThresholdPass;

/**
 * A population of an equation model of {@link ConductanceLifShape}: its exponential Euler step with the conductances
 * frozen at the step's midpoint, threshold and reset run as the vectorised passes the built-in LIF uses, over the state
 * the model declares (the same names, so probes and checkpoints see no difference from the generated code).
 */
final class ConductanceLifPopulation implements PopulationDynamics {

    private final PopulationState state;
    private final double[] voltage;
    private final int[] refractory;
    private final int[] fired;
    private final ConductanceMembranePass membrane;
    private final ThresholdPass thresholds;

    ConductanceLifPopulation(String model, String equation, String variable, ConductanceLifShape shape, PopulationContext context,
                             PopulationState state, double[] voltage, int[] refractory, SynapticChannels channels, int refractorySteps) {
        this.state = state;
        this.voltage = voltage;
        this.refractory = refractory;
        this.fired = new int[context.size()];
        this.membrane = new ConductanceMembranePass(context.size(), channels, shape.leakNs(), shape.leakDrive(context.constantCurrentPa()),
                shape.dtOverCPerMs() * context.dtMs());
        this.thresholds = new ThresholdPass(shape.thresholdMv(), shape.resetMv(), refractorySteps, (step, i, v) -> context.diverged(step, i,
                "model '" + model + "', equation '" + equation + "': " + variable + " = " + v + " (NaN or a runaway)"));
    }

    @Override
    public void update(int from, int to, long step, SynapticInput input, SpikeSink spikes) {
        input.addDrives(from, to);
        int end = membrane.advanceAndFire(from, to, step, voltage, refractory, fired, input, thresholds);
        for (int e = from; e < end; e++) {
            spikes.spike(fired[e]);
        }
    }

    @Override
    public boolean drawsDrive() {
        return true;
    }

    @Override
    public boolean clearsInput() {
        return true;
    }

    /** Every per-neuron array an update carries to the next step is declared (the rest is workspace). */
    @Override
    public boolean declaresAllState() {
        return true;
    }

    @Override
    public PopulationState state() {
        return state;
    }
}
