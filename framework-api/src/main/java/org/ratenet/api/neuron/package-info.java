/**
 * The built-in LIF neuron (its parameters, exact dynamics and Siegert transfer function) and the numerics any model's
 * transfer function can use: the first-passage rate of a one-dimensional integrate-and-fire neuron, quadratures and
 * scaled error functions.
 */
package org.ratenet.api.neuron;
