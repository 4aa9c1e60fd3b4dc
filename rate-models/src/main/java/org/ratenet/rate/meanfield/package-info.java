/**
 * The LIF mean-field level: the Siegert transfer function ({@link org.ratenet.rate.meanfield.SiegertFunction}),
 * the population model of a {@code NetworkSpec} in the diffusion approximation
 * ({@link org.ratenet.rate.meanfield.MeanFieldModel}: drift and diffusion factors as in the NEST example of
 * Brunel's model A), its self-consistent fixed points by damped Newton with a pseudo-time fallback and their
 * linear stability ({@link org.ratenet.rate.meanfield.MeanFieldSolver}), and the {@code meanfield} level.
 */
package org.ratenet.rate.meanfield;
