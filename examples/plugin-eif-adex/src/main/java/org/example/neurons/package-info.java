/**
 * A user's plugin: the exponential integrate-and-fire ({@code eif}, exact transfer function by first passage) and the
 * adaptive exponential integrate-and-fire ({@code adex}, approximate transfer function) neurons, written against the
 * ratenet SPI only and loaded with {@code ratenet --plugin}.
 */
package org.example.neurons;
