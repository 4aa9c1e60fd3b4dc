/**
 * Cross-level property suites with real statistics, the contract kit that a user's custom model must pass, and the validation report.
 */
package org.ratenet.validation;
