package org.ratenet.validation.contract;

import org.junit.jupiter.api.Nested;
import org.ratenet.api.model.NeuronModel;
import org.ratenet.equations.EquationModel;
import org.ratenet.equations.EquationParameters;
import org.ratenet.equations.StandardModels;

/**
 * The contract kit on models defined by equations: the LIF (exact propagator; its transfer function by first passage
 * must match its simulated f–I curve under noise), the EIF (RK4, first passage) and the AdEx (two variables, no
 * transfer function; every other clause).
 */
class EquationModelContractTest {

    @Nested
    class Lif extends NeuronModelContract<EquationParameters> {
        private final EquationModel model = EquationModel.parse(StandardModels.lif("lif_eq"));

        @Override
        protected NeuronModel<EquationParameters> model() {
            return model;
        }
    }

    @Nested
    class Eif extends NeuronModelContract<EquationParameters> {
        private final EquationModel model = EquationModel.parse(StandardModels.eif("eif_eq"));

        @Override
        protected NeuronModel<EquationParameters> model() {
            return model;
        }
    }

    @Nested
    class Adex extends NeuronModelContract<EquationParameters> {
        private final EquationModel model = EquationModel.parse(StandardModels.adex("adex_eq"));

        @Override
        protected NeuronModel<EquationParameters> model() {
            return model;
        }
    }
}
