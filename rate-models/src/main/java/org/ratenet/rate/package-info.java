/**
 * Gain functions, rate-network dynamics, fixed points and stability, binary networks, population (neural-mass) models, neural fields, and the LIF (Siegert) mean field that predicts the population rates of spiking networks.
 */
package org.ratenet.rate;
