/** Experiments assembled and run in code: {@link org.ratenet.api.experiment.Experiment} and its results. */
package org.ratenet.api.experiment;
