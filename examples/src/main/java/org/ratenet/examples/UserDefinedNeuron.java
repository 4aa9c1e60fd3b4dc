package org.ratenet.examples;

import java.util.Locale;

import org.ratenet.api.experiment.Experiment;
import org.ratenet.api.experiment.ExperimentResults;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.model.Level;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.SynapseSpec;
import org.ratenet.examples.qif.QifModule;
import org.ratenet.examples.qif.QuadraticIntegrateAndFire;
import org.ratenet.spiking.engine.SpikingResult;

/**
 * A neuron model the framework does not ship — the quadratic integrate-and-fire neuron of {@code examples/.../qif} —
 * added by its own Guice module and then used by name like a built-in one: a QIF E–I network on the spiking engine, and
 * the model's transfer function (computed numerically as a first-passage time) at the network's external drive.
 */
public final class UserDefinedNeuron {

    private UserDefinedNeuron() {
    }

    public static String run(int excitatory, double durationMs) {
        Ratenet ratenet = Ratenet.builder().with(new QifModule()).build(); // "qif" now resolves in code, files and the CLI
        ParameterSet parameters = ratenet.neuronModels().get(QuadraticIntegrateAndFire.NAME).exampleParameters();
        ComponentSpec qif = ComponentSpec.of(QuadraticIntegrateAndFire.NAME, parameters);
        ComponentSpec k = ComponentSpec.of("fixed_indegree", ParameterSet.builder().put("indegree", excitatory / 8).build());
        NetworkSpec network = NetworkSpec.builder("qif-ei").population("E", excitatory, qif).population("I", excitatory / 4, qif)
                .projection("E", "E", k, SynapseSpec.delta(0.2, 1.5)).projection("E", "I", k, SynapseSpec.delta(0.2, 1.5))
                .projection("I", "E", k, SynapseSpec.delta(-0.8, 1.5)).projection("I", "I", k, SynapseSpec.delta(-0.8, 1.5))
                .drive(new DriveSpec.Poisson("E", 1000, 10, SynapseSpec.delta(0.25, 0)))
                .drive(new DriveSpec.Poisson("I", 1000, 10, SynapseSpec.delta(0.25, 0)))
                .build();
        ExperimentResults results = Experiment.of(network).simulate(durationMs, 0.05).warmup(200).seed(3).levels(Level.SPIKING).run(ratenet);
        SpikingResult spiking = results.get(Level.SPIKING, SpikingResult.class);
        QuadraticIntegrateAndFire model = new QuadraticIntegrateAndFire();
        double drift = 0.25 * 10; // m = J ν = 0.25 mV × 10 inputs × 1 kHz = 2.5 mV/ms
        double diffusion = 0.25 * 0.25 * 10; // s = J² ν
        double isolated = model.rateHz(model.create(model.parameters().validate(parameters)), drift, diffusion);
        return String.format(Locale.ROOT, "QIF network: E %.2f Hz, I %.2f Hz (CV %.2f); an isolated QIF neuron under the external drive alone: %.2f Hz%n",
                spiking.statistics().get(0).rateHz(), spiking.statistics().get(1).rateHz(), spiking.statistics().get(0).cvIsi(), isolated);
    }

    public static void main(String[] args) {
        System.out.print(run(2000, 1000));
    }
}
