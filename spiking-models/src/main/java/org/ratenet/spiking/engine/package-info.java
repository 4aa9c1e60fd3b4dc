/**
 * The time-driven spiking engine: LIF neurons integrated exactly between steps, compressed outgoing adjacency
 * (CSR, {@code int} targets, one weight and delay per projection), ring buffers for delayed input, and
 * independent Poisson drive per neuron drawn with a guide-table sampler from each neuron's own seeded stream.
 */
package org.ratenet.spiking.engine;
