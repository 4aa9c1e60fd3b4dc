package org.ratenet.api.model;

import org.ratenet.api.param.ParameterSet;

/**
 * A neuron model's passive membrane as the conductance derivation sees a cell (Kleinfeld, lecture 11, eqs. 11.1–11.6):
 * its capacitance, leak conductance and leak reversal, its spike threshold, and the same cell with a shunting
 * conductance added to its leak (reversal at the leak's, as in dynamic clamp). A spiking model that implements it gets
 * the {@code conductance-spiking} validation: its gain calibrated from its own simulated f–I curves under shunts, and
 * the derived rate network compared with its spiking network.
 *
 * @param <P> the model's parameter record
 */
public interface PassiveMembrane<P extends Record> {

    /** C_m (pF). */
    double capacitancePf(P parameters);

    /** g_L (nS). */
    double leakConductanceNs(P parameters);

    /** E_L, the leak's reversal potential (mV). */
    double restingMv(P parameters);

    /** Where spikes start (mV): V_th of a LIF, V_T of an exponential model; with g_L it sets the scale of the rheobase. */
    double spikeThresholdMv(P parameters);

    /** The parameters of the same cell with {@code shuntNs} (nS) added to its leak conductance, reversal at E_L. */
    ParameterSet withShunt(ParameterSet parameters, double shuntNs);
}
