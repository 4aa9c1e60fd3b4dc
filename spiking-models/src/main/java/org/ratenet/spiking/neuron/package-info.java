/**
 * The engine's built-in neuron dynamics: the leaky integrate-and-fire neuron with delta, exponential current and
 * exponential conductance synapses, integrated exactly (or, for conductances, with a stated second-order error).
 */
package org.ratenet.spiking.neuron;
