package org.ratenet.api.model;


/**
 * A synaptic plasticity rule. Every rule, spike- or rate-based, states its rate-level law: the expected
 * weight drift dw/dt for stationary pre- and postsynaptic rates, which the plastic mean field uses.
 */
public interface PlasticityRule {

    /** Whether the rule acts on spikes (e.g. STDP) or on rates (e.g. Hebbian, BCM). */
    enum Acts { ON_SPIKES, ON_RATES }

    /** The registered name, e.g. {@code stdp_additive}. */
    String name();

    Acts acts();

    /**
     * Expected drift dw/dt (weight units per ms) for presynaptic rate {@code preRate} and postsynaptic
     * rate {@code postRate} in Hz at weight {@code weight}, for independent Poisson spike trains.
     */
    double expectedDrift(double preRate, double postRate, double weight);

    /** The weights the rule keeps synapses within. */
    Interval weightBounds();
}
