package org.ratenet.equations;

/**
 * Which synaptic input a population of an equation model receives, which decides the generated code: PSP jumps only
 * (I_syn is the constant drive current), or channels of current synapses, conductance synapses or both
 * (I_syn = I_current + Σ g_c (E_c − V), every channel held at its midpoint value over the step).
 */
record InputShape(boolean channels, boolean conductances) {
}
