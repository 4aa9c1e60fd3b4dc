/**
 * A user-defined neuron model, written only against the public SPI and registered by its own Guice module: the
 * quadratic integrate-and-fire neuron ({@code qif}). The spiking engine runs it without any change.
 */
package org.ratenet.examples.qif;
