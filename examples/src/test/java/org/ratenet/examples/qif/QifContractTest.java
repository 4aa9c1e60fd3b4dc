package org.ratenet.examples.qif;

import org.ratenet.api.model.NeuronModel;
import org.ratenet.validation.contract.NeuronModelContract;

/**
 * The user model passes the contract kit: all a user writes is this class (the model's example parameters are used). The kit
 * registers the model itself when it is not on the class path; its transfer function (numerical first passage) is
 * checked against simulated rates under noise.
 */
class QifContractTest extends NeuronModelContract<QifParameters> {

    @Override
    protected NeuronModel<QifParameters> model() {
        return new QuadraticIntegrateAndFire();
    }
}
