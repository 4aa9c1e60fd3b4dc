/**
 * Seeded connectivity rules, named by what they do, with NEST's semantics and defaults (autapses and
 * multapses allowed unless switched off): fixed in-degree, fixed out-degree, pairwise Bernoulli, fixed
 * total number, all-to-all and one-to-one. Each draws from the random stream of its projection, so the
 * same seed gives the same connections.
 */
package org.ratenet.spiking.connect;
