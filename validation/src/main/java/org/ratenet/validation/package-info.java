/**
 * Cross-level validation: a {@link org.ratenet.validation.ValidationSuite} compares two levels of a model (or a model
 * with its contract) and returns {@link org.ratenet.validation.CheckResult}s that state their null hypothesis, tolerance
 * source and false-failure rate; {@link org.ratenet.validation.Validator} runs the suites that apply to an experiment
 * into a {@link org.ratenet.validation.ValidationReport}. Generated cases run through QuickTheories
 * ({@link org.ratenet.validation.PropertyCheck}), stochastic comparisons use batch-means intervals
 * ({@link org.ratenet.validation.BatchMeans}).
 */
package org.ratenet.validation;
