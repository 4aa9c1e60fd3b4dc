package org.ratenet.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.SynapseSpec;

/**
 * Brunel's model A (V_reset = 10 mV) with log-normal in-degrees (mean C, sd 0.1 C) on every projection: the mean field
 * becomes the heterogeneous one (1000 neurons sampled from the same rule per population) and must predict the spiking
 * network's mean E rate within 5 % (measured: 38.86 Hz spiking, 37.48 Hz mean field, 3.6 %).
 *
 * <p>Known limit: at sd 0.3 C the spiking network fires at 67.5 Hz and the heterogeneous mean field predicts 60.2 Hz
 * (12 % low). Adding the quenched spread of presynaptic rates to each neuron's mean input moved the prediction
 * further away (58.2 Hz), so that term is not in the model; strongly driven neurons firing near 1/t_ref (far from
 * Poisson) are the next suspect.
 */
class HeterogeneousDegreesSpikingVersusMeanFieldTest {

    private static ComponentSpec logNormal(int mean, int sd) {
        return ComponentSpec.of("indegree_distribution", ParameterSet.builder().put("distribution", "lognormal")
                .put("mean", mean).put("sd", sd).build());
    }

    @Test
    void spikingRateMatchesTheHeterogeneousMeanField() {
        NetworkSpec spec = BrunelVariants.network(10, logNormal(1000, 100), logNormal(250, 25), SynapseSpec::delta);
        double predicted = BrunelVariants.meanFieldRate(spec);
        double spiking = BrunelVariants.spikingE(spec, 99).rateHz();
        assertEquals(predicted, spiking, 0.05 * predicted, "spiking " + spiking + " Hz, heterogeneous mean field " + predicted + " Hz");
    }
}
