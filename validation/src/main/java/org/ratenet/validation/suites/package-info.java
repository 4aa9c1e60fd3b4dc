/**
 * The standard suites ({@link org.ratenet.validation.suites.StandardSuites}): model contract, conductance ↔ rate,
 * rate ↔ binary, mean field ↔ spiking, STDP spike ↔ rate, plastic mean field ↔ plastic spiking, neural mass ↔ network,
 * neural field continuum ↔ discretised, and conductance spiking ↔ derived rate with its gain calibration.
 */
package org.ratenet.validation.suites;
