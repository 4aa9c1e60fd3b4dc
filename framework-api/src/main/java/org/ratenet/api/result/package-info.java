/**
 * What levels return. Every {@link org.ratenet.api.result.Result} says where it came from ({@link
 * org.ratenet.api.result.Provenance}: the producer, the method with its equation and source, the inputs)
 * and which validity conditions of its approximation were violated ({@link org.ratenet.api.result.Warning}).
 */
package org.ratenet.api.result;
