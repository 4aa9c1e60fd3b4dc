package org.ratenet.validation.contract;

import java.util.Optional;

import org.ratenet.api.model.NeuronModel;
import org.ratenet.api.model.TransferFunction;
import org.ratenet.api.neuron.LifModel;
import org.ratenet.api.neuron.LifParameters;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.units.Unit;
import org.ratenet.rate.meanfield.SiegertFunction;

/** The built-in LIF neuron passes the contract kit, with the Siegert formula as its transfer function. */
class LifContractTest extends NeuronModelContract<LifParameters> {

    @Override
    protected NeuronModel<LifParameters> model() {
        return new LifModel();
    }

    @Override
    protected ParameterSet parameters() {
        return ParameterSet.builder().put("tau_m", 20, Unit.MS).put("V_th", 20, Unit.MV).put("V_reset", 10, Unit.MV).put("t_ref", 2, Unit.MS).build();
    }

    /** μ = E_L + τ_m m, σ = √(τ_m s) (Brunel 2000, eqs. 4–5), into the Siegert formula. */
    @Override
    protected Optional<TransferFunction<LifParameters>> transferFunction() {
        return Optional.of((p, m, s) -> SiegertFunction.of(p).rate(p.restingMv() + p.tauMs() * m, Math.sqrt(p.tauMs() * s)));
    }
}
