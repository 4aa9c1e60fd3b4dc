/** Validity maps: where two levels agree over a grid of two parameters, as table, CSV and heat map. */
package org.ratenet.validation.map;
