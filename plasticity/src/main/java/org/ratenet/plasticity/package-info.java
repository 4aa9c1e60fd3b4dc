/**
 * Spike-based and rate-based plasticity rules and the plastic mean field that predicts rate and weight distributions (Vegué, Allard and Desrosiers 2025).
 */
package org.ratenet.plasticity;
