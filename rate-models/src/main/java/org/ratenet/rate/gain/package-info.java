/**
 * Gain functions r = f(x) of rate models (Kleinfeld lecture 11, eqs. 11.4–11.5) with x in pA and r in Hz:
 * the sigmoid r_max/(1 + e^{−βx}) and the threshold-linear [βx]_+ (optionally saturating at r_max),
 * finite and NaN-free for every finite x, with derivatives and inverses; and their kinds for files.
 */
package org.ratenet.rate.gain;
