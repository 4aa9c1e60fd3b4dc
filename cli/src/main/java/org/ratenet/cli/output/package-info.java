/**
 * How levels' results are shown by the command line: a {@link org.ratenet.cli.output.LevelOutput} per level name
 * (heading, JSON, table, run-folder files), registered by Guice like the levels themselves, and the
 * {@link org.ratenet.cli.output.RunOutputs} a level writes its files into.
 */
package org.ratenet.cli.output;
