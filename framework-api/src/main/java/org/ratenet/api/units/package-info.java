/**
 * The one unit system of ratenet, as in NEST: time in ms, voltage in mV, current in pA, conductance in
 * nS, capacitance in pF, rate in Hz, and charge in pA/Hz (so that {@code Σ W r} with W in pA/Hz and r in Hz
 * is a current in pA). Every number stored in a spec is in these canonical units.
 *
 * <p>{@link org.ratenet.api.units.Quantity} is a value with its {@link org.ratenet.api.units.Dimension};
 * {@link org.ratenet.api.units.Expression} evaluates the text of experiment files ({@code "20 ms"},
 * {@code "-g*J"}, {@code "theta/(J*CE*tau_m)"}) with full dimensional analysis, so that a wrong dimension
 * is an error naming the field instead of a silently wrong number.
 */
package org.ratenet.api.units;
