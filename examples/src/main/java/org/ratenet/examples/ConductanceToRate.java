package org.ratenet.examples;

import java.util.Locale;

import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.result.TimeSeries;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.SynapseSpec;
import org.ratenet.api.units.Unit;
import org.ratenet.api.model.Level;
import org.ratenet.conductance.DerivedRateNetwork;
import org.ratenet.rate.dynamics.RateFixedPoints;
import org.ratenet.rate.dynamics.RateIntegrator;
import org.ratenet.rate.dynamics.RateNetwork;
import org.ratenet.rate.dynamics.RateSimulator;

/**
 * A conductance-based E–I network (Kleinfeld, lecture 11; the cells and synapses of {@code examples/conductance-ei.yaml})
 * → its derived rate network (W, W_ext, θ with the equation each came from) → the rate network simulated from rest to
 * its fixed point.
 */
public final class ConductanceToRate {

    private ConductanceToRate() {
    }

    /** The network; {@code externalHz} is the rate of each of the 1000 external AMPA inputs per cell. */
    public static NetworkSpec network(double externalHz) {
        ComponentSpec pyramidal = ComponentSpec.of("conductance_rate", ParameterSet.builder().put("C_m", 200, Unit.PF).put("g_L", 10, Unit.NS)
                .put("V_leak", -70, Unit.MV).put("v_theta", 20, Unit.MV).put("I_theta", 0, Unit.PA).put("beta", 0.1, Unit.HZ_PER_PA).build());
        ComponentSpec fastSpiking = ComponentSpec.of("conductance_rate", ParameterSet.builder().put("C_m", 100, Unit.PF).put("g_L", 10, Unit.NS)
                .put("V_leak", -65, Unit.MV).put("v_theta", 15, Unit.MV).put("I_theta", 0, Unit.PA).put("beta", 0.2, Unit.HZ_PER_PA).build());
        ComponentSpec fromE = ComponentSpec.of("fixed_indegree", ParameterSet.builder().put("indegree", 400).build());
        ComponentSpec fromI = ComponentSpec.of("fixed_indegree", ParameterSet.builder().put("indegree", 100).build());
        SynapseSpec ampa = SynapseSpec.conductance(0.5, 5, 0, 1.5);   // G (nS), τ (ms), reversal (mV), delay (ms)
        SynapseSpec gaba = SynapseSpec.conductance(1, 10, -75, 1);
        return NetworkSpec.builder("conductance-ei").population("E", 4000, pyramidal).population("I", 1000, fastSpiking)
                .projection("E", "E", fromE, ampa).projection("E", "I", fromE, ampa)
                .projection("I", "E", fromI, gaba).projection("I", "I", fromI, gaba)
                .drive(new DriveSpec.Poisson("E", externalHz, 1000, SynapseSpec.conductance(0.5, 5, 0, 0)))
                .drive(new DriveSpec.Poisson("I", externalHz, 1000, SynapseSpec.conductance(0.5, 5, 0, 0)))
                .build();
    }

    /** Derives the rate network, explains one weight, simulates 2 s from rest and reports the end against the fixed point. */
    public static String run(double externalHz) {
        Ratenet ratenet = Ratenet.create();
        DerivedRateNetwork derived = (DerivedRateNetwork) ratenet.levels().get(Level.CONDUCTANCE).evaluate(network(externalHz));
        StringBuilder s = new StringBuilder("W_EE: ").append(derived.explainEntry(0)).append('\n');
        RateNetwork rates = RateNetwork.of(derived.toRateNetwork(), ratenet.gains());
        TimeSeries trajectory = RateSimulator.run(rates, new double[rates.size()], 2000, 0.05, 1, RateIntegrator.EXPONENTIAL_EULER);
        RateFixedPoints.FixedPoint fixedPoint = new RateFixedPoints().find(rates, new double[rates.size()]);
        for (int i = 0; i < rates.size(); i++) {
            double[] r = trajectory.channel(trajectory.channelNames().get(i));
            s.append(String.format(Locale.ROOT, "%s: %.3f Hz after 2 s, fixed point %.3f Hz (%s)%n", derived.labels().get(i), r[r.length - 1],
                    fixedPoint.ratesHz()[i], fixedPoint.stability()));
        }
        return s.toString();
    }

    public static void main(String[] args) {
        System.out.print(run(5));
    }
}
