/**
 * The spiking level: LIF neuron dynamics, connectivity rules, external drive and the deterministic,
 * time-driven engine. {@link org.ratenet.spiking.SpikingModule} registers its components by name.
 */
package org.ratenet.spiking;
