package org.ratenet.examples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.ExperimentSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.RecordingSpec;
import org.ratenet.api.spec.SimulationSpec;
import org.ratenet.api.spec.SynapseSpec;
import org.ratenet.api.units.Quantity;
import org.ratenet.api.units.Unit;

/**
 * Brunel (2000) model A built in code, the same experiment as {@code examples/brunel-a.yaml}: N_E = 4·order
 * excitatory and N_I = order inhibitory LIF neurons with delta synapses, C_E = ε N_E and C_I = ε N_I
 * inputs, J = 0.1 mV, inhibition −g J, delay 1.5 ms, external Poisson drive of η ν_th per input with
 * ν_th = θ / (J C_E τ_m) (parameters of the NEST example in {@code shared/seeds/nest-siegert-meanfield-brunel.txt}).
 */
public final class BrunelModelA {

    private BrunelModelA() {
    }

    /** The experiment for given order, relative inhibition g and relative external rate η. */
    public static ExperimentSpec experiment(int order, double g, double eta) {
        double epsilon = 0.1;
        int nE = 4 * order;
        int nI = order;
        int cE = (int) Math.floor(epsilon * nE);
        int cI = (int) Math.floor(epsilon * nI);
        double tauM = 20;     // ms
        double theta = 20;    // mV
        double j = 0.1;       // mV
        double delay = 1.5;   // ms
        double nuTh = theta / (j * cE * tauM) * 1000; // Hz
        double nuEx = eta * nuTh;

        ParameterSet lif = ParameterSet.builder()
                .put("tau_m", tauM, Unit.MS).put("V_th", theta, Unit.MV).put("V_reset", 0, Unit.MV)
                .put("E_L", 0, Unit.MV).put("t_ref", 2, Unit.MS).build();
        ComponentSpec neuron = ComponentSpec.of("lif", lif);
        ComponentSpec fromE = ComponentSpec.of("fixed_indegree", ParameterSet.builder().put("indegree", cE).build());
        ComponentSpec fromI = ComponentSpec.of("fixed_indegree", ParameterSet.builder().put("indegree", cI).build());
        SynapseSpec excitatory = SynapseSpec.delta(j, delay);
        SynapseSpec inhibitory = SynapseSpec.delta(-g * j, delay);

        NetworkSpec network = NetworkSpec.builder("brunel-a")
                .population("E", nE, neuron)
                .population("I", nI, neuron)
                .projection("E", "E", fromE, excitatory)
                .projection("E", "I", fromE, excitatory)
                .projection("I", "E", fromI, inhibitory)
                .projection("I", "I", fromI, inhibitory)
                .drive(new DriveSpec.Poisson("E", nuEx, cE, SynapseSpec.delta(j, 0)))
                .drive(new DriveSpec.Poisson("I", nuEx, cE, SynapseSpec.delta(j, 0)))
                .recording(new RecordingSpec(List.of("E", "I"), 50, 1.0, List.of()))
                .build();

        Map<String, Quantity> parameters = new LinkedHashMap<>();
        parameters.put("order", Quantity.number(order));
        parameters.put("g", Quantity.number(g));
        parameters.put("eta", Quantity.number(eta));
        parameters.put("epsilon", Quantity.number(epsilon));
        parameters.put("NE", Quantity.number(nE));
        parameters.put("NI", Quantity.number(nI));
        parameters.put("CE", Quantity.number(cE));
        parameters.put("CI", Quantity.number(cI));
        parameters.put("tau_m", Quantity.of(tauM, Unit.MS));
        parameters.put("theta", Quantity.of(theta, Unit.MV));
        parameters.put("V_reset", Quantity.of(0, Unit.MV));
        parameters.put("t_ref", Quantity.of(2, Unit.MS));
        parameters.put("J", Quantity.of(j, Unit.MV));
        parameters.put("delay", Quantity.of(delay, Unit.MS));
        parameters.put("nu_th", Quantity.of(nuTh, Unit.HZ));
        parameters.put("nu_ex", Quantity.of(nuEx, Unit.HZ));
        return new ExperimentSpec(network, new SimulationSpec(1000, 0.1, 100, 12345), parameters);
    }

    /** Builds model A, checks it against the registered components and prints it. */
    public static void main(String[] args) {
        ExperimentSpec experiment = experiment(2500, 5.0, 2.0);
        Ratenet.create().check(experiment.network());
        System.out.println(experiment);
    }
}
