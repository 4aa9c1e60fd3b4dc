/**
 * The model as data. {@link org.ratenet.api.spec.NetworkSpec} describes populations, projections
 * (connectivity, synapse, delay, plasticity), external drive and what to record; {@link
 * org.ratenet.api.spec.ExperimentSpec} adds how long and with which seed to run it. All are immutable
 * records validated in their compact constructors, with numbers in the canonical units of {@link
 * org.ratenet.api.units.Dimension}. Nothing here knows which level will evaluate the spec.
 */
package org.ratenet.api.spec;
