/**
 * The ratenet framework API: the model as data and the contracts every level implements.
 *
 * <ul>
 *   <li>{@link org.ratenet.api.units} — the fixed unit system (ms, mV, pA, nS, pF, Hz) and the parser for
 *       quantities and arithmetic expressions in experiment files;</li>
 *   <li>{@link org.ratenet.api.param} — named, typed, range-checked parameters;</li>
 *   <li>{@link org.ratenet.api.spec} — {@code NetworkSpec} and its parts, immutable and validated;</li>
 *   <li>{@link org.ratenet.api.model} — the SPIs: neuron models, gain functions, connectivity and plasticity
 *       rules, levels;</li>
 *   <li>{@link org.ratenet.api.result} — results that carry provenance and validity warnings;</li>
 *   <li>{@link org.ratenet.api.error} — the exceptions, each naming what was wrong;</li>
 *   <li>{@link org.ratenet.api.registry} and {@link org.ratenet.api.inject} — named registries and the
 *       Guice wiring that fills them.</li>
 * </ul>
 * Everything outside {@code org.ratenet.api.inject} is free of Guice.
 */
package org.ratenet.api;
