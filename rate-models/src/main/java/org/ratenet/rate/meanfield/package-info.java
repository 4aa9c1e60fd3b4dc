/**
 * The mean-field level of any neuron model with a {@link org.ratenet.api.model.TransferFunction} (the LIF's is the
 * Siegert formula): the population model of a {@code NetworkSpec} in the diffusion approximation
 * ({@link org.ratenet.rate.meanfield.MeanFieldModel}, drift and diffusion of each population's input as in the NEST
 * example of Brunel's model A), its heterogeneous extension over sampled in-degrees
 * ({@link org.ratenet.rate.meanfield.HeterogeneousMeanField}), self-consistent fixed points by damped Newton with a
 * pseudo-time fallback and their linear stability ({@link org.ratenet.rate.meanfield.MeanFieldSolver}), numerical
 * first-passage rates for any one-dimensional integrate-and-fire model ({@link org.ratenet.api.neuron.FirstPassageRate}),
 * and the {@code meanfield} level.
 */
package org.ratenet.rate.meanfield;
