package org.ratenet.validation.suites;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ratenet.api.model.Level;
import org.ratenet.api.model.NeuronModel;
import org.ratenet.api.model.TransferFunction;
import org.ratenet.api.neuron.LifModel;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.PopulationSpec;
import org.ratenet.validation.CheckResult;
import org.ratenet.validation.ValidationContext;
import org.ratenet.validation.ValidationSuite;
import org.ratenet.validation.contract.ContractChecks;
import org.ratenet.validation.contract.TransferCheckSettings;

/**
 * The contract kit ({@link ContractChecks}) on every spiking neuron model of the experiment, with the parameters its
 * populations use (each distinct model and parameter set once); without an experiment, on the built-in LIF neuron with
 * its example (Brunel's) parameters. Every model is checked against its own {@link TransferFunction} when it implements one
 * (the LIF's is the Siegert formula).
 */
public final class ModelContractSuite implements ValidationSuite {

    @Override
    public String name() {
        return "model-contract";
    }

    @Override
    public Optional<String> notApplicable(ValidationContext context) {
        return context.experiment().isPresent() && models(context).isEmpty()
                ? Optional.of("the experiment has no population of a spiking neuron model") : Optional.empty();
    }

    @Override
    public List<CheckResult> run(ValidationContext context) {
        List<CheckResult> results = new ArrayList<>();
        for (Map.Entry<String, ComponentSpec> e : models(context).entrySet()) {
            ComponentSpec neuron = e.getValue();
            NeuronModel<?> model = context.registries().neuronModels().get(neuron.kind());
            for (CheckResult r : checks(model, neuron.parameters(), context).all()) {
                results.add(r.renamed(e.getKey() + "." + r.name()));
            }
        }
        return results;
    }

    private static <P extends Record> ContractChecks<P> checks(NeuronModel<P> model, ParameterSet parameters, ValidationContext context) {
        return new ContractChecks<>(model, parameters, context.registries(), transferFunction(model), context.seed(), TransferCheckSettings.DEFAULT);
    }

    /** The model's own transfer function, if it declares one (the LIF's is the Siegert formula). */
    @SuppressWarnings("unchecked")
    public static <P extends Record> Optional<TransferFunction<P>> transferFunction(NeuronModel<P> model) {
        return model instanceof TransferFunction<?> t ? Optional.of((TransferFunction<P>) t) : Optional.empty();
    }

    /** Label → neuron component: the experiment's spiking models with distinct parameters, or LIF with Brunel's parameters. */
    private static Map<String, ComponentSpec> models(ValidationContext context) {
        Map<String, ComponentSpec> models = new LinkedHashMap<>();
        if (context.experiment().isEmpty()) {
            LifModel lif = new LifModel();
            models.put(lif.name(), ComponentSpec.of(lif.name(), lif.exampleParameters()));
            return models;
        }
        for (PopulationSpec p : context.experiment().get().network().populations()) {
            NeuronModel<?> model = context.registries().neuronModels().get(p.neuron().kind());
            if (model.supportedLevels().contains(Level.SPIKING) && !models.containsValue(p.neuron())) {
                models.put(p.neuron().kind() + "." + p.name(), p.neuron());
            }
        }
        return models;
    }
}
