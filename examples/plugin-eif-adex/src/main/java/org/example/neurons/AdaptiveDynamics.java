package org.example.neurons;

import org.ratenet.api.dynamics.PopulationContext;
import org.ratenet.api.dynamics.PopulationDynamics;
import org.ratenet.api.dynamics.PopulationState;
import org.ratenet.api.dynamics.SpikeSink;
import org.ratenet.api.dynamics.SynapticChannels;
import org.ratenet.api.dynamics.SynapticInput;
import org.ratenet.api.units.Dimension;

/**
 * EIF neurons, with the AdEx adaptation current w when {@code adaptation} is given, stepped by the explicit midpoint
 * rule with synaptic input at the step's midpoint. State: {@code V_m} (mV), {@code w} (pA, AdEx only). Initial V uniform
 * in [V_reset, V_T).
 */
final class AdaptiveDynamics implements PopulationDynamics {

    private final EifParameters p;
    private final Adaptation adaptation;
    private final PopulationContext context;
    private final PopulationState state;
    private final double[] v;
    private final double[] w;
    private final int[] refractory;
    private final SynapticChannels channels;

    AdaptiveDynamics(EifParameters p, Adaptation adaptation, PopulationContext context) {
        this.p = p;
        this.adaptation = adaptation;
        this.context = context;
        PopulationState.Builder declared = PopulationState.builder(context.size());
        this.v = declared.variable("V_m", Dimension.VOLTAGE);
        this.w = adaptation == null ? new double[context.size()] : declared.variable("w", Dimension.CURRENT);
        this.refractory = declared.counter("refractory_steps");
        this.channels = new SynapticChannels(context, declared);
        this.state = declared.build();
        for (int i = 0; i < v.length; i++) {
            v[i] = p.resetMv() + (p.thresholdMv() - p.resetMv()) * context.initialState().nextDouble();
        }
    }

    @Override
    public void update(int from, int to, long step, SynapticInput input, SpikeSink spikes) {
        channels.advance(from, to, input);
        double dt = context.dtMs();
        for (int i = from; i < to; i++) {
            double x = v[i];
            double y = w[i];
            double yHalf = y + 0.5 * dt * adaptationRate(x, y);
            if (refractory[i] > 0) { // V held at V_reset; w relaxes
                w[i] = y + dt * adaptationRate(x, yHalf);
                refractory[i]--;
                continue;
            }
            double xHalf = x + 0.5 * dt * p.derivative(x, channels.currentPa(i, x) - y);
            x += dt * p.derivative(xHalf, channels.currentPa(i, xHalf) - yHalf) + input.jumpMv(i);
            y += dt * adaptationRate(xHalf, yHalf);
            if (x >= p.peakMv()) {
                x = p.resetMv();
                y += adaptation == null ? 0 : adaptation.spikeTriggeredPa();
                refractory[i] = (int) Math.round(p.refractoryMs() / dt);
                spikes.spike(i);
            } else if (!(x > -1e6) || !Double.isFinite(y)) {
                throw context.diverged(step, i, "V = " + x + " mV, w = " + y + " pA");
            }
            v[i] = x;
            w[i] = y;
        }
    }

    /** dw/dt = (a (V − E_L) − w)/τ_w (pA/ms); 0 without adaptation. */
    private double adaptationRate(double x, double y) {
        return adaptation == null ? 0 : (adaptation.subthresholdNs() * (x - p.restingMv()) - y) / adaptation.tauMs();
    }

    @Override
    public PopulationState state() {
        return state;
    }
}
