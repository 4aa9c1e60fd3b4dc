/**
 * Experiments assembled in plain Java code. Each example builds the same model as a file in
 * {@code examples/}, so that code and file can be compared.
 */
package org.ratenet.examples;
