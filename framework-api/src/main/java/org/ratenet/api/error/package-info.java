/**
 * The exceptions ratenet throws on purpose. Each message is a single line naming what was wrong:
 * parameter, value and allowed range; level and unsupported feature; time, population and neuron of a
 * divergence. {@link org.ratenet.api.error.Require} holds the argument checks that produce them.
 */
package org.ratenet.api.error;
