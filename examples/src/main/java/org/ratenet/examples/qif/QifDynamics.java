package org.ratenet.examples.qif;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

import org.ratenet.api.dynamics.InputChannel;
import org.ratenet.api.dynamics.PopulationContext;
import org.ratenet.api.dynamics.PopulationDynamics;
import org.ratenet.api.dynamics.SpikeSink;
import org.ratenet.api.dynamics.StateArrays;
import org.ratenet.api.dynamics.SynapticInput;

/**
 * A population of QIF neurons, stepped by the explicit midpoint rule (second order; the quadratic term has no exact
 * propagator). Synaptic input: PSP jumps on the jump channel, exponentially decaying currents (pA) and conductances
 * (nS, towards E_rev) on the others, taken at the step's midpoint. Input is ignored while refractory. Initial voltages
 * are uniform in [V_reset, V_c) from the population's initial-state stream.
 */
final class QifDynamics implements PopulationDynamics {

    private final QifParameters p;
    private final PopulationContext context;
    private final double dt;
    private final double[] voltage;
    private final int[] refractory;
    private final int refractorySteps;
    /** Per channel c >= 1: the synaptic variable of each neuron (pA or nS), its decay per step and per half step. */
    private final double[][] synaptic;
    private final double[] decay;
    private final double[] halfDecay;
    private final boolean[] conductance;
    private final double[] reversalMv;

    QifDynamics(QifParameters p, PopulationContext context) {
        this.p = p;
        this.context = context;
        this.dt = context.dtMs();
        int n = context.size();
        this.voltage = new double[n];
        this.refractory = new int[n];
        this.refractorySteps = (int) Math.round(p.refractoryMs() / dt);
        int channels = context.channelCount();
        this.synaptic = new double[channels][];
        this.decay = new double[channels];
        this.halfDecay = new double[channels];
        this.conductance = new boolean[channels];
        this.reversalMv = new double[channels];
        for (int c = 1; c < channels; c++) {
            InputChannel channel = context.channels().get(c);
            synaptic[c] = new double[n];
            decay[c] = Math.exp(-dt / channel.tauMs());
            halfDecay[c] = Math.exp(-dt / (2 * channel.tauMs()));
            conductance[c] = channel.type() == InputChannel.Type.CONDUCTANCE;
            reversalMv[c] = channel.reversalMv();
        }
        for (int i = 0; i < n; i++) {
            voltage[i] = p.resetMv() + (p.criticalMv() - p.resetMv()) * context.initialState().nextDouble();
        }
    }

    @Override
    public void update(int from, int to, long step, SynapticInput input, SpikeSink spikes) {
        double[] in = input.buffer();
        int jumps = input.offset(0);
        for (int i = from; i < to; i++) {
            double current = context.constantCurrentPa();
            double conductanceSum = 0;
            double conductanceDrive = 0;
            for (int c = 1; c < synaptic.length; c++) {
                double mid = synaptic[c][i] * halfDecay[c];
                if (conductance[c]) {
                    conductanceSum += mid;
                    conductanceDrive += mid * reversalMv[c];
                } else {
                    current += mid;
                }
                synaptic[c][i] = synaptic[c][i] * decay[c] + in[input.offset(c) + i];
            }
            if (refractory[i] > 0) {
                refractory[i]--;
                continue;
            }
            double v = voltage[i];
            double half = v + 0.5 * dt * p.derivative(v, current + conductanceDrive - conductanceSum * v);
            v += dt * p.derivative(half, current + conductanceDrive - conductanceSum * half) + in[jumps + i];
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
    public double membranePotential(int i) {
        return voltage[i];
    }

    @Override
    public void writeState(DataOutput out) throws IOException {
        StateArrays.write(out, voltage);
        StateArrays.write(out, refractory);
        for (int c = 1; c < synaptic.length; c++) {
            StateArrays.write(out, synaptic[c]);
        }
    }

    @Override
    public void readState(DataInput in) throws IOException {
        StateArrays.read(in, voltage);
        StateArrays.read(in, refractory);
        for (int c = 1; c < synaptic.length; c++) {
            StateArrays.read(in, synaptic[c]);
        }
    }
}
