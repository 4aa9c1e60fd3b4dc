/**
 * Sweeps as data and the engines that run them: a {@link org.ratenet.cli.sweep.SweepJob} (the experiment file's bytes,
 * the overrides, the level and the grid's points) travels to wherever its points run; each point is evaluated by
 * {@link org.ratenet.cli.sweep.SweepEvaluation} from that data alone, so every engine gives the same
 * {@link org.ratenet.cli.sweep.SweepRow}s. Engines are registered by name ({@link org.ratenet.cli.sweep.SweepEngines}):
 * {@code local} (threads) here, {@code spark} in the module {@code ratenet-spark}.
 */
package org.ratenet.cli.sweep;
