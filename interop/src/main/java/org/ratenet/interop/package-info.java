/**
 * Networks handed to the rest of the field: a PyNN 0.10 script that builds the same network (the realised connections
 * or PyNN's connectors) on NEST, NEURON or Brian2, and MPI through PyNN ({@link org.ratenet.interop.PynnExport}); and the
 * spikes such a run writes, read back for comparison ({@link org.ratenet.interop.PynnSpikes}).
 */
package org.ratenet.interop;
