/**
 * Populations and neural mass (notes on Gerstner et al., Neuronal Dynamics, ch. 12): homogeneous populations
 * with activity A(t), interacting populations coupled by J_nm N_m, and the weight scaling laws with the input
 * statistics they imply.
 */
package org.ratenet.rate.population;
