/**
 * Named registries of kinds, neuron models and levels ({@link org.ratenet.api.registry.Registry}), the
 * bundle of all of them ({@link org.ratenet.api.registry.Registries}) and the check of a whole spec
 * against them ({@link org.ratenet.api.registry.SpecChecker}). Filled by Guice, usable without it.
 */
package org.ratenet.api.registry;
