package org.ratenet.api.result;

import java.util.List;
import java.util.Optional;

/** Anything a level returns: it carries its provenance and its validity warnings. */
public interface Result {

    Provenance provenance();

    /** Validity conditions of the approximation that this result violates; empty when none. */
    List<Warning> warnings();

    /**
     * The population rates (Hz) this result stands for, when it has them: the mean field's stable fixed point, the
     * plastic mean field's mean rates, the spiking network's rates after the warm-up. What the levels are compared by.
     */
    default Optional<PopulationRates> populationRates() {
        return Optional.empty();
    }
}
