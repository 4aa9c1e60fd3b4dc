/**
 * The contract kit for neuron models: {@link org.ratenet.validation.contract.NeuronModelContract}, a JUnit 5 base class a
 * user extends with their model, over {@link org.ratenet.validation.contract.ContractChecks}, the same checks as plain
 * methods (used by {@code ratenet validate}).
 */
package org.ratenet.validation.contract;
