/**
 * The neuron models that ratenet ships, as data: their parameter records and schemas. The levels
 * (spiking engine, mean field) give them dynamics and look them up by name.
 */
package org.ratenet.api.neuron;
