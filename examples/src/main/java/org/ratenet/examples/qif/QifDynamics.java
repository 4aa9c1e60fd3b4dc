package org.ratenet.examples.qif;

import org.ratenet.api.dynamics.PopulationContext;
import org.ratenet.api.dynamics.PopulationDynamics;
import org.ratenet.api.dynamics.PopulationState;
import org.ratenet.api.dynamics.SpikeSink;
import org.ratenet.api.dynamics.SynapticChannels;
import org.ratenet.api.dynamics.SynapticInput;
import org.ratenet.api.units.Dimension;

/**
 * A population of QIF neurons, stepped by the explicit midpoint rule (second order; the quadratic term has no exact
 * propagator). Synaptic input: PSP jumps on the jump channel, currents and conductances (towards E_rev) at the step's
 * midpoint from {@link SynapticChannels}. Input is ignored while refractory. Initial voltages are uniform in
 * [V_reset, V_c) from the population's initial-state stream.
 */
final class QifDynamics implements PopulationDynamics {

    private final QifParameters p;
    private final PopulationContext context;
    private final PopulationState state;
    private final double[] voltage;
    private final int[] refractory;
    private final SynapticChannels channels;
    private final int refractorySteps;

    QifDynamics(QifParameters p, PopulationContext context) {
        this.p = p;
        this.context = context;
        PopulationState.Builder declared = PopulationState.builder(context.size());
        this.voltage = declared.variable("V_m", Dimension.VOLTAGE);
        this.refractory = declared.counter("refractory_steps");
        this.channels = new SynapticChannels(context, declared);
        this.state = declared.build();
        this.refractorySteps = (int) Math.round(p.refractoryMs() / context.dtMs());
        for (int i = 0; i < voltage.length; i++) {
            voltage[i] = p.resetMv() + (p.criticalMv() - p.resetMv()) * context.initialState().nextDouble();
        }
    }

    @Override
    public void update(int from, int to, long step, SynapticInput input, SpikeSink spikes) {
        channels.advance(from, to, input);
        double dt = context.dtMs();
        for (int i = from; i < to; i++) {
            if (refractory[i] > 0) {
                refractory[i]--;
                continue;
            }
            double v = voltage[i];
            double half = v + 0.5 * dt * p.derivative(v, channels.currentPa(i, v));
            v += dt * p.derivative(half, channels.currentPa(i, half)) + input.jumpMv(i);
            if (v >= p.peakMv()) {
                v = p.resetMv();
                refractory[i] = refractorySteps;
                spikes.spike(i);
            } else if (!(v > -1e6)) {
                throw context.diverged(step, i, "V = " + v + " mV");
            }
            voltage[i] = v;
        }
    }

    @Override
    public PopulationState state() {
        return state;
    }
}
