package org.ratenet.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.SynapseSpec;

/** Brunel's model A (V_reset = 10 mV) with synapses that differ from one another, against the mean field. */
class DrawnSynapsesSpikingVersusMeanFieldTest {

    /**
     * Normally distributed PSPs of sd half their mean (0.05 mV excitatory, 0.25 mV inhibitory): the mean field adds
     * the weight variance to the diffusion term, σ² = τ Σ K (J² + Var J) ν, and must predict the spiking E rate
     * within 5 % like the constant-weight case.
     */
    @Test
    void spikingRateMatchesTheMeanFieldWithWeightVariance() {
        NetworkSpec spec = BrunelVariants.network(10, BrunelVariants.fixedInDegree(1000), BrunelVariants.fixedInDegree(250),
                (psp, delay) -> delay == 0 ? SynapseSpec.delta(psp, delay)
                        : SynapseSpec.delta(psp, delay).withWeights("normal", Math.abs(psp) / 2));
        double predicted = BrunelVariants.meanFieldRate(spec);
        double spiking = BrunelVariants.spikingE(spec, 2026).rateHz();
        assertEquals(predicted, spiking, 0.05 * predicted, "spiking " + spiking + " Hz, mean field " + predicted + " Hz");
    }

    /**
     * Delays drawn uniformly on the grid in [0.5, 2.5] ms instead of 1.5 ms for all: the stationary rate does not
     * depend on delays (Brunel 2000, eqs. 4–5 contain none), so the mean field must still predict the spiking E rate
     * within 5 %.
     */
    @Test
    void spikingRateMatchesTheMeanFieldWithDrawnDelays() {
        NetworkSpec spec = BrunelVariants.network(10, BrunelVariants.fixedInDegree(1000), BrunelVariants.fixedInDegree(250),
                (psp, delay) -> delay == 0 ? SynapseSpec.delta(psp, delay) : SynapseSpec.delta(psp, delay - 1.0).withDelays(delay + 1.0));
        double predicted = BrunelVariants.meanFieldRate(spec);
        double spiking = BrunelVariants.spikingE(spec, 2026).rateHz();
        assertEquals(predicted, spiking, 0.05 * predicted, "spiking " + spiking + " Hz, mean field " + predicted + " Hz");
    }
}
