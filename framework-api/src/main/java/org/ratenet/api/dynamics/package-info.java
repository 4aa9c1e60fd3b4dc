/**
 * The spiking-dynamics SPI: how a neuron model advances a population by one time step in the spiking engine. A
 * {@link org.ratenet.api.dynamics.SpikingNeuronModel} is a {@link org.ratenet.api.model.NeuronModel} that also creates
 * {@link org.ratenet.api.dynamics.PopulationDynamics}: state arrays for the population and an update over a range of its
 * neurons. The engine owns connectivity, delays, the Poisson drive, threads, recording and checkpoints; the model owns
 * its state and its integration scheme (it may also draw its own Poisson drive and clear its own input). The package also
 * holds the passes a model may use: {@link org.ratenet.api.dynamics.ConductanceMembranePass} and
 * {@link org.ratenet.api.dynamics.ThresholdPass}, vectorised where {@link org.ratenet.api.dynamics.VectorSupport} finds
 * the Vector API, with scalar twins of the same bits. Register a model with {@code Registrations.addNeuronModel} in a
 * Guice module.
 */
package org.ratenet.api.dynamics;
