/**
 * Binary networks (Kleinfeld 11.38–11.39; Hopfield 1982): ±1 or 0/1 units updated synchronously or one at a
 * time in a seeded random order, the energy that asynchronous updates never raise when W is symmetric with
 * zero diagonal, and Hopfield's Hebbian storage of patterns.
 */
package org.ratenet.rate.binary;
