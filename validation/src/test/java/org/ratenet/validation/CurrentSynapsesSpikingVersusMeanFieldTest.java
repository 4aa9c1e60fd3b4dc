package org.ratenet.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.SynapseSpec;

/**
 * Brunel's model A (V_reset = 10 mV) with exponential current synapses instead of delta synapses: w τ_s / C_m equals
 * the PSP (w = 50 pA per 0.1 mV with τ_s = 0.5 ms, C_m = 250 pF). The mean field treats them with the Fourcaud–Brunel
 * colored-noise shift, exact to first order in √(τ_s/τ_m) = 0.16; the remaining O(τ_s/τ_m) = 2.5 % effects allow the
 * spiking rate within 5 % of the prediction (measured: 35.69 Hz spiking, 36.24 Hz mean field, 1.5 %).
 */
class CurrentSynapsesSpikingVersusMeanFieldTest {

    @Test
    void spikingRateMatchesTheColoredNoiseMeanField() {
        NetworkSpec spec = BrunelVariants.network(10, BrunelVariants.fixedInDegree(1000), BrunelVariants.fixedInDegree(250),
                (psp, delay) -> SynapseSpec.current(psp * 250 / 0.5, 0.5, delay));
        double predicted = BrunelVariants.meanFieldRate(spec);
        double spiking = BrunelVariants.spikingE(spec, 4242).rateHz();
        assertEquals(predicted, spiking, 0.05 * predicted, "spiking " + spiking + " Hz, mean field " + predicted + " Hz");
    }
}
