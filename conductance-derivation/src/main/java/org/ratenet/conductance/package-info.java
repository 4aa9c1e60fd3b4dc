/**
 * Conductance-based cell parameters to effective rate-network weights W, external weights W_ext and thresholds θ, each number with its equation (Kleinfeld lecture 11, eqs. 11.2–11.39), and inverse design. The derivation is registered as the {@code conductance} level.
 */
package org.ratenet.conductance;
