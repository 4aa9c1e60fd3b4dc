package org.ratenet.validation.contract;

import java.util.Optional;

import org.ratenet.api.model.NeuronModel;
import org.ratenet.api.model.TransferFunction;
import org.ratenet.api.neuron.LifModel;
import org.ratenet.api.neuron.LifParameters;
import org.ratenet.validation.suites.ModelContractSuite;

/** The built-in LIF neuron passes the contract kit, with the Siegert formula as its transfer function. */
class LifContractTest extends NeuronModelContract<LifParameters> {

    @Override
    protected NeuronModel<LifParameters> model() {
        return new LifModel();
    }

    /** The Siegert formula, as the validation suites use it for LIF. */
    @Override
    protected Optional<TransferFunction<LifParameters>> transferFunction() {
        return ModelContractSuite.transferFunction(model());
    }
}
