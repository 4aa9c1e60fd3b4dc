/**
 * Seeds of random streams: every stream (of a neuron, a projection, a trial) is derived from the master seed
 * and the keys that name it, so results do not depend on thread count or scheduling.
 */
package org.ratenet.api.random;
