/**
 * Rate-network dynamics τ_i dμ_i/dt + μ_i = Σ_j W_ij f_j(μ_j) + W_ext,i r_ext,i(t) − θ_i (Kleinfeld 11.32–11.33):
 * the network built from a {@link org.ratenet.api.spec.RateNetworkSpec} with dense (EJML {@code DMatrixRMaj})
 * or sparse ({@code DMatrixSparseCSC}) weights, allocation-free steps of exponential Euler and RK4 with
 * caller-supplied {@link org.ratenet.rate.dynamics.RateWork}, adaptive Dormand–Prince for accuracy checks,
 * and fixed points with their stability.
 */
package org.ratenet.rate.dynamics;
