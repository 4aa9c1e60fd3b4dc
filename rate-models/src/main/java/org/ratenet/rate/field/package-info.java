/**
 * Neural fields (Gerstner notes, "Spatial continuum models"; Amari 1977): τ ∂h/∂t = −h + ∫ w(x − y) f(h(y)) dy
 * + I(x, t) − θ on a ring or a line, integrated on a grid with FFT convolution, and the network of N rate units
 * with the same distance-dependent coupling.
 */
package org.ratenet.rate.field;
