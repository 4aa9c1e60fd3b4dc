package org.ratenet.api.neuron;

import java.util.Arrays;

import org.ratenet.api.dynamics.ConductanceMembranePass;
import org.ratenet.api.dynamics.PoissonInput;
import org.ratenet.api.dynamics.PopulationContext;
import org.ratenet.api.dynamics.PopulationDynamics;
import org.ratenet.api.dynamics.PopulationState;
import org.ratenet.api.dynamics.SpikeSink;
import org.ratenet.api.dynamics.SynapticChannels;
import org.ratenet.api.dynamics.SynapticInput;
import org.ratenet.api.dynamics.ThresholdPass;
import org.ratenet.api.units.Dimension;

/**
 * A population of LIF neurons integrated exactly between steps (Rotter and Diesmann 1999; NEST's iaf_psc_delta and
 * iaf_psc_exp). Channel 0 carries PSP jumps (delta synapses, mV); channels c >= 1 exponentially decaying currents I_c
 * (pA) of time constant τ_c:
 * <pre>
 *   V ← E_L + (V − E_L) e^{−dt/τ_m} + R I_e (1 − e^{−dt/τ_m}) + Σ_c P21_c I_c + jumps,
 *   P21_c = τ_c τ_m / (C_m (τ_m − τ_c)) (e^{−dt/τ_m} − e^{−dt/τ_c})   (dt/C_m e^{−dt/τ_m} when τ_c = τ_m),
 *   I_c ← I_c e^{−dt/τ_c} + (current jumps arriving in the step);
 * </pre>
 * V uses the currents before this step's arrivals, as in NEST. With conductance channels (g_c in nS towards E_c) the
 * step freezes every conductance at its midpoint value g_c e^{−dt/2τ_c}, which makes V's equation linear, and
 * integrates it exactly: V ← V_∞ + (V − V_∞) e^{−dt G/C_m}, G = g_L + Σ g_c(mid), V_∞ = (g_L E_L + Σ g_c(mid) E_c
 * + I_e)/G. Its local error is O(dt³) (second order overall; tested). While refractory V stays at V_reset and arriving
 * PSP jumps are dropped (Brunel 2000); synaptic currents and conductances keep evolving. Initial voltages are uniform
 * in [V_reset, V_th) from the population's initial-state stream.
 */
final class LifDynamics implements PopulationDynamics {

    private final PopulationContext context;
    private final PopulationState state;
    private final double[] voltage;
    private final int[] refractory;
    private final SynapticChannels channels;
    private final double propagator;
    private final double restingMv;
    private final double constantDriveMv;
    /** E_L (1 − e^{−dt/τ_m}) + R I_e (1 − e^{−dt/τ_m}): what the leak and the constant current add in a step. */
    private final double restingDriveMv;
    private final double thresholdMv;
    private final double resetMv;
    private final int refractorySteps;
    /** P21_c of current channels; 0 for conductance channels. */
    private final double[] currentToVoltage;
    private final boolean anyCurrent;
    private final boolean anyConductance;
    private final double leakConductanceNs;
    private final double capacitancePf;
    private final double constantCurrentPa;
    private final double dtMs;
    /** Per-neuron workspace of the channel passes; threads update disjoint ranges, so sharing it is race-free. */
    private final double[] scratchA;
    private final double[] scratchB;
    private final double[] scratchC;
    private final double[] scratchD;
    /** The membrane pass of a population with conductance channels and no current channel; null otherwise. */
    private final ConductanceMembranePass conductancePass;
    private final ThresholdPass thresholdPass;
    /** The neurons that fired in the current update, from index {@code from} of the update's range (race-free). */
    private final int[] firedNeurons;

    LifDynamics(LifParameters p, PopulationContext context) {
        this.context = context;
        int size = context.size();
        this.dtMs = context.dtMs();
        PopulationState.Builder declared = PopulationState.builder(size);
        this.voltage = declared.variable("V_m", Dimension.VOLTAGE);
        this.refractory = declared.counter("refractory_steps");
        this.channels = new SynapticChannels(context, declared);
        this.state = declared.build();
        this.propagator = Math.exp(-dtMs / p.tauMs());
        this.restingMv = p.restingMv();
        this.constantCurrentPa = context.constantCurrentPa();
        // R I (1 − e^{−dt/τ}) with R = τ / C_m
        this.constantDriveMv = p.tauMs() / p.capacitancePf() * constantCurrentPa * (1 - propagator);
        this.restingDriveMv = restingMv * (1 - propagator) + constantDriveMv;
        this.thresholdMv = p.thresholdMv();
        this.resetMv = p.resetMv();
        this.refractorySteps = (int) Math.round(p.refractoryMs() / dtMs);
        this.leakConductanceNs = p.leakConductanceNs();
        this.capacitancePf = p.capacitancePf();
        int n = channels.count();
        this.currentToVoltage = new double[n];
        for (int c = 1; c < n; c++) {
            double tauS = context.channels().get(c).tauMs();
            double tauM = p.tauMs();
            currentToVoltage[c] = channels.isConductance(c) ? 0 : Math.abs(tauM - tauS) < 1e-12 * tauM
                    ? dtMs / p.capacitancePf() * propagator
                    : tauS * tauM / (p.capacitancePf() * (tauM - tauS)) * (propagator - channels.decay(c));
        }
        boolean currents = channels.anyCurrent();
        boolean conductances = channels.anyConductance();
        this.anyCurrent = currents;
        this.anyConductance = conductances;
        this.scratchA = new double[currents ? size : 0];
        this.scratchB = new double[conductances && currents ? size : 0];
        this.scratchC = new double[conductances && currents ? size : 0];
        this.scratchD = new double[conductances && currents ? size : 0];
        this.firedNeurons = new int[size];
        this.conductancePass = conductances && !currents
                ? new ConductanceMembranePass(size, channels, leakConductanceNs, restingMv, constantCurrentPa, capacitancePf, dtMs) : null;
        this.thresholdPass = new ThresholdPass(thresholdMv, resetMv, refractorySteps, (k, i, v) -> context.diverged(k, i, "V = " + v + " mV"));
        for (int i = 0; i < size; i++) {
            voltage[i] = resetMv + (thresholdMv - resetMv) * context.initialState().nextDouble();
        }
    }

    @Override
    public void update(int from, int to, long step, SynapticInput input, SpikeSink spikes) {
        if (conductancePass != null) {
            input.addDrives(from, to);
            updateConductanceMembrane(from, to, step, input, spikes);
        } else if (anyConductance) {
            input.addDrives(from, to);
            updateWithConductances(from, to, step, input, spikes);
        } else if (anyCurrent) {
            input.addDrives(from, to);
            updateWithCurrents(from, to, step, input, spikes);
        } else if (input.drives() == 1 && input.drive(0).channel() == 0) {
            updateDeltaDriven(from, to, step, input, input.drive(0), spikes);
        } else {
            input.addDrives(from, to);
            updateDelta(from, to, step, input, spikes);
        }
    }

    /** The drives are drawn here (fused into the delta loop when there is one on the jump channel, else added first). */
    @Override
    public boolean drawsDrive() {
        return true;
    }

    /** Every channel's slot is zeroed where it is read. */
    @Override
    public boolean clearsInput() {
        return true;
    }

    /** Delta synapses only. */
    private void updateDelta(int from, int to, long step, SynapticInput input, SpikeSink spikes) {
        double[] in = input.buffer();
        int jumps = input.offset(0);
        int fired = from;
        for (int i = from; i < to; i++) {
            double jump = in[jumps + i];
            in[jumps + i] = 0;
            if (refractory[i] > 0) {
                refractory[i]--;
                continue;
            }
            double v = voltage[i] * propagator + restingDriveMv + jump;
            voltage[i] = v;
            fired = thresholdPass.fireOrCheck(i, step, voltage, refractory, firedNeurons, fired);
        }
        report(from, fired, spikes);
    }

    /**
     * The hot loop of Brunel-type networks: delta synapses with one Poisson drive of PSP jumps, each neuron's count drawn
     * in the same pass that reads, clears and integrates (the sum is the same as when the drive is added first).
     */
    private void updateDeltaDriven(int from, int to, long step, SynapticInput input, PoissonInput drive, SpikeSink spikes) {
        double[] in = input.buffer();
        int jumps = input.offset(0);
        double perInput = drive.jump();
        int fired = from;
        for (int i = from; i < to; i++) {
            double jump = in[jumps + i] + drive.count(i) * perInput;
            in[jumps + i] = 0;
            if (refractory[i] > 0) {
                refractory[i]--;
                continue;
            }
            double v = voltage[i] * propagator + restingDriveMv + jump;
            voltage[i] = v;
            fired = thresholdPass.fireOrCheck(i, step, voltage, refractory, firedNeurons, fired);
        }
        report(from, fired, spikes);
    }

    private void updateWithCurrents(int from, int to, long step, SynapticInput input, SpikeSink spikes) {
        double[] in = input.buffer();
        int jumps = input.offset(0);
        double[] fromCurrents = scratchA;
        Arrays.fill(fromCurrents, from, to, constantDriveMv);
        for (int c = 1; c < channels.count(); c++) { // V sees the currents before this step's arrivals (NEST iaf_psc_exp)
            double[] x = channels.values(c);
            double p21 = currentToVoltage[c];
            double d = channels.decay(c);
            int arrivals = input.offset(c);
            for (int i = from; i < to; i++) {
                fromCurrents[i] += p21 * x[i];
                x[i] = x[i] * d + in[arrivals + i];
            }
            Arrays.fill(in, arrivals + from, arrivals + to, 0);
        }
        int fired = from;
        for (int i = from; i < to; i++) {
            double jump = in[jumps + i];
            in[jumps + i] = 0;
            if (refractory[i] > 0) {
                refractory[i]--;
                continue;
            }
            double v = restingMv + (voltage[i] - restingMv) * propagator + fromCurrents[i] + jump;
            voltage[i] = v;
            fired = thresholdPass.fireOrCheck(i, step, voltage, refractory, firedNeurons, fired);
        }
        report(from, fired, spikes);
    }

    /**
     * Conductance channels only (COBA-type networks): one pass over the membrane and the conductances
     * ({@link ConductanceMembranePass}), then one for refractoriness, threshold and reset ({@link ThresholdPass}; it holds
     * refractory neurons at V_reset, dropping their jumps), both vectorised where the Vector API is present.
     */
    private void updateConductanceMembrane(int from, int to, long step, SynapticInput input, SpikeSink spikes) {
        report(from, conductancePass.advanceAndFire(from, to, step, voltage, refractory, firedNeurons, input, thresholdPass), spikes);
    }

    /**
     * Conductance and current channels together. Channel by channel (branch-free loops): the midpoint conductances summed into G and G·E, currents into their
     * voltage term, and each synaptic variable advanced; then neuron by neuron the exact step of V for frozen G.
     */
    private void updateWithConductances(int from, int to, long step, SynapticInput input, SpikeSink spikes) {
        double[] in = input.buffer();
        int jumps = input.offset(0);
        double[] total = scratchA;
        double[] driven = scratchB;
        double[] fromCurrents = scratchC;
        double leakDriven = leakConductanceNs * restingMv + constantCurrentPa;
        boolean first = true; // the first conductance channel starts the sums from the leak
        if (anyCurrent) {
            Arrays.fill(fromCurrents, from, to, 0);
        }
        for (int c = 1; c < channels.count(); c++) {
            double[] x = channels.values(c);
            double d = channels.decay(c);
            int arrivals = input.offset(c);
            if (channels.isConductance(c)) {
                double half = channels.halfStepDecay(c);
                double halfE = half * channels.reversalMv(c);
                if (first) {
                    for (int i = from; i < to; i++) {
                        total[i] = leakConductanceNs + x[i] * half;
                    }
                    for (int i = from; i < to; i++) {
                        driven[i] = leakDriven + x[i] * halfE;
                    }
                    first = false;
                } else {
                    for (int i = from; i < to; i++) {
                        total[i] += x[i] * half;
                    }
                    for (int i = from; i < to; i++) {
                        driven[i] += x[i] * halfE;
                    }
                }
                for (int i = from; i < to; i++) {
                    x[i] = x[i] * d + in[arrivals + i];
                }
            } else {
                double p21 = currentToVoltage[c];
                for (int i = from; i < to; i++) {
                    fromCurrents[i] += p21 * x[i];
                    x[i] = x[i] * d + in[arrivals + i];
                }
            }
            Arrays.fill(in, arrivals + from, arrivals + to, 0);
        }
        double dtOverC = dtMs / capacitancePf;
        double[] decayOfV = scratchD;
        double[] vInf = driven;
        for (int i = from; i < to; i++) { // branch-free, so that it vectorises
            decayOfV[i] = expMinusSmall(dtOverC * total[i]);
            vInf[i] = driven[i] / total[i];
        }
        int fired = from;
        for (int i = from; i < to; i++) {
            double jump = in[jumps + i];
            in[jumps + i] = 0;
            if (refractory[i] > 0) { // V stays at V_reset
                refractory[i]--;
                continue;
            }
            double x = dtOverC * total[i];
            double v = vInf[i] + (voltage[i] - vInf[i]) * (x <= SMALL ? decayOfV[i] : Math.exp(-x)) + (anyCurrent ? fromCurrents[i] : 0)
                    + jump;
            voltage[i] = v;
            fired = thresholdPass.fireOrCheck(i, step, voltage, refractory, firedNeurons, fired);
        }
        report(from, fired, spikes);
    }

    /** The range of {@link #expMinusSmall}. */
    static final double SMALL = 0.5;

    /**
     * e^{−x} for 0 <= x <= {@link #SMALL} as (Σ_{k<=7} (−x/8)^k / k!)^8: relative error below 1e-13, far below the
     * integration error of the frozen-conductance step. Ten multiply-adds and no branch, so that loops over it
     * vectorise, where a call to {@link Math#exp} costs about 5 ns.
     */
    static double expMinusSmall(double x) {
        double y = -0.125 * x;
        double p = 1 + y * (1 + y * (1.0 / 2 + y * (1.0 / 6 + y * (1.0 / 24 + y * (1.0 / 120 + y * (1.0 / 720 + y * (1.0 / 5040)))))));
        p *= p;
        p *= p;
        return p * p;
    }

    /** Reports the spikes noted in {@link #firedNeurons} [from, end), in neuron order. */
    private void report(int from, int end, SpikeSink spikes) {
        for (int e = from; e < end; e++) {
            spikes.spike(firedNeurons[e]);
        }
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
