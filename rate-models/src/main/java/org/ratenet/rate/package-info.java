/**
 * The rate level: gain functions ({@link org.ratenet.rate.gain}), rate-network dynamics, fixed points and
 * stability ({@link org.ratenet.rate.dynamics}) and the LIF mean field ({@link org.ratenet.rate.meanfield}).
 */
package org.ratenet.rate;
