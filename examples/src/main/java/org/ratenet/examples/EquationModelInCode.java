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
import org.ratenet.equations.EquationModel;
import org.ratenet.equations.ModelDefinition;
import org.ratenet.rate.meanfield.MeanFieldResult;
import org.ratenet.spiking.engine.SpikingResult;

/**
 * A neuron model written as an equation in Java code — the exponential integrate-and-fire neuron (Fourcaud-Trocmé et
 * al. 2003, eq. 1) — attached to one network and evaluated on two levels: the spiking engine runs its compiled update,
 * the mean field its transfer function by first passage, with no Java model class written.
 */
public final class EquationModelInCode {

    private EquationModelInCode() {
    }

    public static String run(int excitatory, double durationMs) {
        EquationModel eif = EquationModel.parse(ModelDefinition.builder("eif")
                .equations("dV/dt = (-g_L*(V - E_L) + g_L*Delta_T*exp((V - V_T)/Delta_T) + I_syn)/C_m : mV")
                .threshold("V > V_peak").reset("V = V_reset").refractory("t_ref")
                .initial("V", "V_reset + (V_T - V_reset)*rand()")
                .parameter("C_m", "200 pF").parameter("g_L", "10 nS").parameter("E_L", "-65 mV").parameter("V_T", "-50 mV")
                .parameter("Delta_T", "2 mV").parameter("V_peak", "-40 mV").parameter("V_reset", "-60 mV").parameter("t_ref", "2 ms")
                .build());
        ComponentSpec cell = ComponentSpec.of("eif", ParameterSet.EMPTY);
        ComponentSpec fromE = ComponentSpec.of("fixed_indegree", ParameterSet.builder().put("indegree", excitatory / 10).build());
        ComponentSpec fromI = ComponentSpec.of("fixed_indegree", ParameterSet.builder().put("indegree", excitatory / 40).build());
        NetworkSpec network = NetworkSpec.builder("eif-ei").model(eif).population("E", excitatory, cell).population("I", excitatory / 4, cell)
                .projection("E", "E", fromE, SynapseSpec.delta(0.2, 1.5)).projection("E", "I", fromE, SynapseSpec.delta(0.2, 1.5))
                .projection("I", "E", fromI, SynapseSpec.delta(-1.0, 1.5)).projection("I", "I", fromI, SynapseSpec.delta(-1.0, 1.5))
                .drive(new DriveSpec.Poisson("E", 12, 1000, SynapseSpec.delta(0.2, 0)))
                .drive(new DriveSpec.Poisson("I", 12, 1000, SynapseSpec.delta(0.2, 0)))
                .build();
        ExperimentResults results = Experiment.of(network).simulate(durationMs, 0.05).warmup(200).seed(7)
                .levels(Level.SPIKING, Level.MEANFIELD).run(Ratenet.create());
        double predicted = results.get(Level.MEANFIELD, MeanFieldResult.class).stable().orElseThrow().ratesHz()[0];
        SpikingResult spiking = results.get(Level.SPIKING, SpikingResult.class);
        return String.format(Locale.ROOT, "EIF from its equation (%s): E spiking %.2f Hz, mean field %.2f Hz%n", eif.summary(),
                spiking.statistics().get(0).rateHz(), predicted);
    }

    public static void main(String[] args) {
        System.out.print(run(4000, 1000));
    }
}
