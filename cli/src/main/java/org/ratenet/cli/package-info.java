/**
 * The {@code ratenet} command: picocli root command and subcommands ({@code check}; later
 * {@code derive}, {@code meanfield}, {@code simulate}, {@code run}, {@code validate}). Bad input is one
 * line per file, never a stack trace.
 */
package org.ratenet.cli;
