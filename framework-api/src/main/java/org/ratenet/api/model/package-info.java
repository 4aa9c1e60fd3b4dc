/**
 * The service-provider interfaces that the levels and user plug-ins implement: {@link
 * org.ratenet.api.model.NeuronModel}, {@link org.ratenet.api.model.GainFunction}, {@link
 * org.ratenet.api.model.ConnectivityRule}, {@link org.ratenet.api.model.PlasticityRule} and {@link
 * org.ratenet.api.model.Level}. Components that are created from file parameters are registered as a
 * {@link org.ratenet.api.model.Kind}: a name, a parameter schema and a factory.
 */
package org.ratenet.api.model;
