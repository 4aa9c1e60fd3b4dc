/** Nonlinear solvers shared by the rate and mean-field levels: damped Newton with EJML's LU. */
package org.ratenet.rate.solve;
