package org.ratenet.validation.contract;

import org.junit.jupiter.api.Nested;
import org.ratenet.api.model.NeuronModel;
import org.ratenet.equations.EquationModel;
import org.ratenet.equations.EquationParameters;
import org.ratenet.equations.ModelDefinition;
import org.ratenet.equations.StandardModels;

/**
 * The contract kit on models defined by equations: the LIF (exact propagator; its transfer function by first passage
 * must match its simulated f–I curve under noise), the EIF (RK4, first passage) and the AdEx (two variables, no
 * transfer function; every other clause).
 */
class EquationModelContractTest {

    /** The kit on the model of one definition. */
    abstract static class OfDefinition extends NeuronModelContract<EquationParameters> {
        private final EquationModel model;

        OfDefinition(ModelDefinition definition) {
            this.model = EquationModel.parse(definition);
        }

        @Override
        protected NeuronModel<EquationParameters> model() {
            return model;
        }
    }

    @Nested
    class Lif extends OfDefinition {
        Lif() {
            super(StandardModels.lif("lif_eq"));
        }
    }

    @Nested
    class Eif extends OfDefinition {
        Eif() {
            super(StandardModels.eif("eif_eq"));
        }
    }

    @Nested
    class Adex extends OfDefinition {
        Adex() {
            super(StandardModels.adex("adex_eq"));
        }
    }
}
