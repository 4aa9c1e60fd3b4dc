package org.ratenet.examples.qif;

import org.ratenet.api.model.NeuronModel;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.units.Unit;
import org.ratenet.validation.contract.NeuronModelContract;

/**
 * The user model passes the contract kit: all a user writes is the model and one typical parameter set. The kit
 * registers the model itself when it is not on the class path; its transfer function (numerical first passage) is
 * checked against simulated rates under noise.
 */
class QifContractTest extends NeuronModelContract<QifParameters> {

    @Override
    protected NeuronModel<QifParameters> model() {
        return new QuadraticIntegrateAndFire();
    }

    @Override
    protected ParameterSet parameters() {
        return ParameterSet.builder().put("tau_m", 10, Unit.MS).put("E_L", -65, Unit.MV).put("V_c", -50, Unit.MV)
                .put("V_peak", 0, Unit.MV).put("V_reset", -70, Unit.MV).put("t_ref", 2, Unit.MS).build();
    }
}
