/**
 * Experiment files (YAML or JSON) to and from {@link org.ratenet.api.spec.ExperimentSpec}, usable from code without the
 * command line ({@code new ExperimentReader(ratenet.registries()).read(path, overrides)}): a {@code parameters:} section
 * whose names may be used in arithmetic elsewhere ({@code size: 4*order}, {@code weight: -g*J}) and overridden with
 * {@code --set}, quantities with units, and one-line errors that name file, path and reason.
 */
package org.ratenet.files;
