/**
 * Named parameters of neuron models, gain functions, connectivity and plasticity rules:
 * {@link org.ratenet.api.param.ParameterSet} holds values (quantities, flags, text) and
 * {@link org.ratenet.api.param.ParameterSchema} says which names a component takes, their dimension, range
 * and default, and rejects anything else with the parameter's name.
 */
package org.ratenet.api.param;
