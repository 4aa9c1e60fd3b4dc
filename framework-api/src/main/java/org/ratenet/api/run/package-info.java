/**
 * How a level is run, as opposed to what it runs: the {@link org.ratenet.api.run.RunContext} (threads, a
 * {@link org.ratenet.api.run.RunObserver} for progress, a {@link org.ratenet.api.run.CheckpointPolicy}) that every
 * command, suite and experiment passes to {@code Level.evaluate}.
 */
package org.ratenet.api.run;
