/**
 * The standard suites ({@link org.ratenet.validation.suites.StandardSuites}): model contract, conductance ↔ rate,
 * rate ↔ binary, mean field ↔ spiking, STDP spike ↔ rate, plastic mean field ↔ plastic spiking, neural mass ↔ network,
 * neural field continuum ↔ discretised, and conductance spiking ↔ derived rate with its gain calibration; and, opt-in
 * ({@link org.ratenet.validation.suites.StandardSuites#optIn()}), ratenet ↔ PyNN's Brian2 backend on the same graph.
 */
package org.ratenet.validation.suites;
