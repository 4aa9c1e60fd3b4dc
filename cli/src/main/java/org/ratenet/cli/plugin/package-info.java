/**
 * Plugin loading for the command line: the user's jars and folders ({@code --plugin}, {@code RATENET_PLUGINS}) on a
 * class loader whose {@code RatenetModule}s join ratenet's own, so a user's model works in every command.
 */
package org.ratenet.cli.plugin;
